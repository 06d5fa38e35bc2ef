package gold.t.faults;

import java.util.List;

/**
 * One logical client request of the workload and how it ended. Every operation has its own request
 * key, reused by every re-run, and a tag (job id or description) that finds its effects in the
 * journal. {@code acknowledged} = some run exited 0; {@code unsettled} = a run reported 250 and no
 * later run settled it before the deadline; otherwise it failed definitively (must be absent).
 * {@code unavailableRuns} counts runs that ended with no server able to act (exit 22 or 73), and
 * {@code longestRunNanos} is the longest a single run of the command took (the pause a user saw).
 */
record Operation(Kind kind, String tag, String key, int account, Outcome outcome, int unknownReplies,
                 int attempts, long successStartNanos, long successEndNanos, String lastOutput,
                 int unavailableRuns, long longestRunNanos) {

    /** The operations of the workload, cycled by every loop. */
    enum Kind {
        CHARGE, DEPOSIT, TRANSFER, BALANCE;

        /** Credits a present operation adds to the sum over all accounts. */
        long sumEffect() {
            return switch (this) {
                case CHARGE -> -Workload.CHARGE;
                case DEPOSIT -> Workload.DEPOSIT;
                case TRANSFER, BALANCE -> 0;
            };
        }

        boolean audited() {
            return this != BALANCE;
        }
    }

    enum Outcome { ACKNOWLEDGED, UNSETTLED, FAILED }

    /** The last run was answered by the backup goldd (the workload runs with --verbose). */
    boolean answeredByBackup() {
        return lastOutput.contains("(backup server)");
    }

    /** The command line of this operation (without the request key). */
    static List<String> command(Kind kind, String tag, int account) {
        return switch (kind) {
            case CHARGE -> List.of("gcharge", "-J", tag, "-p", "biology", "-u", "amy", "-m", "colony", "-P", "1",
                    "-t", Long.toString(Workload.CHARGE), "-d", tag);
            case DEPOSIT -> List.of("gdeposit", "-a", Integer.toString(account), "-d", tag, Long.toString(Workload.DEPOSIT));
            case TRANSFER -> List.of("gtransfer", "--fromAccount", Integer.toString(account), "--toAccount",
                    Integer.toString(3 - account), "-d", tag, Long.toString(Workload.TRANSFER));
            case BALANCE -> List.of("gbalance", "--quiet");
        };
    }
}
