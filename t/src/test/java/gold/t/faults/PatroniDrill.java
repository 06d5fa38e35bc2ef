package gold.t.faults;


import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Optional;

/**
 * One drill on a {@link PatroniSite} under bounded client load ({@link #LOOPS} loops of g* commands
 * with request keys, see {@link Workload}): a leader is writable, the loops make progress, the fault
 * runs, the loops go on until requests started after it succeed, then stop. The audit covers every
 * operation of every drill so far (the sum over accounts and the journal invariant need them all) and
 * must find nothing lost, doubled or half applied; the figures printed are this drill's.
 */
final class PatroniDrill {
    static final int LOOPS = 3;

    /** The fault; runs while the loops run. */
    @FunctionalInterface
    interface Fault {
        void inject() throws Exception;
    }

    /**
     * This drill's figures: operations acknowledged, failed or unsettled, lost, doubled; runs that ended
     * with no server able to act (exit 22/73); 250 replies (settled by re-running with the key);
     * operations that waited for a database primary and were then answered ("Database available
     * again", i.e. rode through the failover); operations last
     * answered by the backup goldd; the longest single command run; the longest time no operation was
     * acknowledged around the fault.
     */
    record Figures(String name, int acknowledged, int notAcknowledged, int lost, int doubled, int unavailableRuns,
                   int unknownReplies, int rodeThrough, int answeredByBackup, double longestCommandSeconds,
                   double longestGapSeconds, List<Operation> ops) {
        String line() {
            return String.format("%s: acknowledged=%d failed=%d lost=%d doubled=%d runs-refused-73/22=%d"
                            + " outcome-unknown-250-settled-by-rerun=%d"
                            + " failed-over (waited for the new primary, then answered)=%d answered-by-backup-goldd=%d"
                            + " longest-client-pause=%.1fs longest-gap-without-acknowledgement=%.1fs",
                    name, acknowledged, notAcknowledged, lost, doubled, unavailableRuns, unknownReplies, rodeThrough,
                    answeredByBackup, longestCommandSeconds, longestGapSeconds);
        }
    }

    private PatroniDrill() {
    }

    static Figures run(PatroniSite site, List<Operation> history, String name, String tag, Fault fault) throws Exception {
        FaultDrill.await(() -> site.cluster().leader().flatMap(site.cluster()::inRecovery).equals(
                Optional.of(false)), Duration.ofSeconds(120), "a writable leader");
        List<Operation> ops;
        long faultAt;
        try (Workload w = Workload.start(site.clients(), LOOPS, "ft-" + tag + "-")) {
            FaultDrill.await(() -> FaultDrill.acknowledged(w.soFar(), 0) >= 4, Duration.ofSeconds(120),
                    "the loops to make progress");
            faultAt = System.nanoTime();
            fault.inject();
            long after = System.nanoTime();
            FaultDrill.await(() -> FaultDrill.acknowledged(w.soFar(), after) >= 4, Duration.ofSeconds(120),
                    "requests started after the fault to succeed");
            ops = w.stop();
        }
        history.addAll(ops);
        int leader = site.cluster().leader().orElseThrow(() -> new AssertionError("no leader after " + name));
        Audit audit;
        try (Connection c = site.cluster().connect(leader, "gold")) {
            audit = Audit.of(history, c);
        }
        Figures f = figures(name, ops, audit, faultAt);
        System.out.println(f.line());
        audit.problems.forEach(p -> System.out.println("  " + p));
        ops.stream().filter(o -> o.outcome() != Operation.Outcome.ACKNOWLEDGED || o.unavailableRuns() > 0).limit(5)
                .forEach(o -> System.out.println("  " + o.kind() + " " + o.tag() + " " + o.outcome() + " after "
                        + o.attempts() + " run(s): " + o.lastOutput().strip().replace('\n', '|')));
        assertEquals(List.of(), audit.problems, name);
        assertEquals(0, f.lost(), "lost");
        assertEquals(0, f.doubled(), "doubled");
        return f;
    }

    private static Figures figures(String name, List<Operation> ops, Audit audit, long faultAt) {
        int ack = 0, lost = 0, doubled = 0, unavailable = 0, unknown = 0, rode = 0, backup = 0;
        long longest = 0;
        for (Operation op : ops) {
            boolean acked = op.outcome() == Operation.Outcome.ACKNOWLEDGED;
            ack += acked ? 1 : 0;
            if (op.kind().audited()) {
                int effects = audit.effects(op);
                lost += acked && effects == 0 ? 1 : 0;
                doubled += effects > 1 ? 1 : 0;
            }
            unavailable += op.unavailableRuns();
            unknown += op.unknownReplies();
            rode += op.lastOutput().contains("Database available again") ? 1 : 0;
            backup += op.answeredByBackup() ? 1 : 0;
            longest = Math.max(longest, op.longestRunNanos());
        }
        List<Long> ends = new ArrayList<>(ops.stream().filter(o -> o.outcome() == Operation.Outcome.ACKNOWLEDGED)
                .map(Operation::successEndNanos).sorted(Comparator.naturalOrder()).toList());
        long gap = 0;
        for (int i = 1; i < ends.size(); i++) {
            if (ends.get(i) > faultAt) {
                gap = Math.max(gap, ends.get(i) - Math.max(ends.get(i - 1), faultAt));
            }
        }
        return new Figures(name, ack, ops.size() - ack, lost, doubled, unavailable, unknown, rode, backup, longest / 1e9,
                gap / 1e9, ops);
    }
}
