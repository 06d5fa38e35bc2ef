package gold.t.faults;

import gold.testkit.PgCluster;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fault under load: the bank is set up, the client loops run until they have made progress, the
 * fault is injected (with whatever recovery belongs to it), the loops run on until requests started
 * after the fault succeed again, then they stop and the database is audited. Every wait is bounded.
 */
final class FaultDrill {
    /** The fault and its recovery; returns the database host that holds the truth afterwards. */
    @FunctionalInterface
    interface Fault {
        PgCluster inject() throws Exception;
    }

    /** Writes that landed on stale data after the fault, measured on the database. */
    @FunctionalInterface
    interface StaleWrites {
        long count() throws Exception;
    }

    /** What {@link StaleWrites} reports for a fault that leaves no process able to write on stale data. */
    static final long NO_STALE_WRITER = -1;
    static final StaleWrites NONE = () -> NO_STALE_WRITER;

    /** What a drill observed: the audit, every operation, and when the fault was injected. */
    record Result(Audit audit, List<Operation> ops, long faultAtNanos, double firstSuccessSeconds, long staleWrites) {
        /** The operation that carried this request key (the one a pause point held), audited once. */
        Operation held(String key) {
            Operation op = ops.stream().filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no operation of the workload has the held key " + key));
            assertEquals(Operation.Outcome.ACKNOWLEDGED, op.outcome(), "the held request was settled: " + op);
            assertEquals(1, audit.effects(op), "the held request has exactly one effect: " + op);
            System.out.printf("  held request %s %s: one effect, %d run(s), %d unknown, last answered by the %s%n",
                    op.kind(), op.tag(), op.attempts(), op.unknownReplies(), op.answeredByBackup() ? "backup" : "primary");
            return op;
        }
    }

    static final int LOOPS = 3;

    private FaultDrill() {
    }

    /**
     * Runs the drill; the audit runs on the host the fault returns and then on every replica given,
     * once it has replayed everything the primary wrote (synchronous_commit = remote_apply).
     */
    static Result run(ReplicatedSite site, String name, Fault fault, StaleWrites stale, PgCluster... replicas)
            throws Exception {
        Workload.setUpBank(site.primary());
        List<Operation> ops;
        long faultAt;
        PgCluster truth;
        try (Workload w = Workload.start(site.primary(), LOOPS)) {
            await(() -> acknowledged(w.soFar(), 0) >= 6, Duration.ofSeconds(90), "the loops to make progress");
            faultAt = System.nanoTime();
            truth = fault.inject();
            await(() -> acknowledged(w.soFar(), faultAt) >= 6, Duration.ofSeconds(120),
                    "requests started after the fault to succeed");
            ops = w.stop();
        }
        double firstSuccess = ops.stream()
                .filter(o -> o.outcome() == Operation.Outcome.ACKNOWLEDGED && o.successStartNanos() > faultAt)
                .mapToLong(Operation::successEndNanos).min().stream()
                .mapToDouble(end -> (end - faultAt) / 1e9).findFirst().orElse(-1);
        long staleWrites = stale.count();
        Audit audit;
        try (Connection c = ReplicatedSite.connect(truth)) {
            audit = Audit.of(ops, c);
        }
        System.out.println(audit.figures(name, staleWrites, firstSuccess));
        audit.problems.forEach(p -> System.out.println("  " + p));
        ops.stream().filter(o -> o.outcome() != Operation.Outcome.ACKNOWLEDGED).limit(5)
                .forEach(o -> System.out.println("  not acknowledged: " + o.kind() + " " + o.tag() + " " + o.outcome()
                        + ": " + o.lastOutput().strip().replace('\n', '|')));
        assertEquals(List.of(), audit.problems, name);
        assertEquals(0, audit.lost, "lost");
        assertEquals(0, audit.doubled, "doubled");
        assertTrue(staleWrites == 0 || staleWrites == NO_STALE_WRITER, "writes on stale data: " + staleWrites);
        assertTrue(firstSuccess >= 0, "a request started after the fault succeeded");
        for (PgCluster replica : replicas) {
            awaitReplay(truth);
            try (Connection c = ReplicatedSite.connect(replica)) {
                Audit copy = Audit.of(ops, c);
                System.out.println("  on the standby: " + copy.figures(name, staleWrites, firstSuccess));
                assertEquals(List.of(), copy.problems, name + " on the standby");
            }
        }
        return new Result(audit, ops, faultAt, firstSuccess, staleWrites);
    }

    private static void awaitReplay(PgCluster primary) throws Exception {
        await(() -> {
            try (Connection c = ReplicatedSite.connect(primary)) {
                return Audit.single(c, "SELECT count(*) FROM pg_stat_replication WHERE replay_lsn >= pg_current_wal_lsn()") > 0;
            }
        }, Duration.ofSeconds(60), "the standby to replay everything");
    }

    static long acknowledged(List<Operation> ops, long startedAfter) {
        return ops.stream().filter(o -> o.outcome() == Operation.Outcome.ACKNOWLEDGED && o.successStartNanos() > startedAfter)
                .count();
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void await(Check check, Duration limit, String what) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
