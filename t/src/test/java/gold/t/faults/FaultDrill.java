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

    /** Writes found on a stale database host after the fault (0 when the fault has none). */
    @FunctionalInterface
    interface StaleWrites {
        long count() throws Exception;
    }

    static final int LOOPS = 3;

    private FaultDrill() {
    }

    /**
     * Runs the drill; the audit runs on the host the fault returns and then on every replica given,
     * once it has replayed everything the primary wrote (synchronous_commit = remote_apply).
     */
    static Audit run(ReplicatedSite site, String name, Fault fault, StaleWrites stale, PgCluster... replicas)
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
        assertEquals(0, staleWrites, "writes on stale data");
        assertTrue(firstSuccess >= 0, "a request started after the fault succeeded");
        for (PgCluster replica : replicas) {
            awaitReplay(truth);
            try (Connection c = ReplicatedSite.connect(replica)) {
                Audit copy = Audit.of(ops, c);
                System.out.println("  on the standby: " + copy.figures(name, staleWrites, firstSuccess));
                assertEquals(List.of(), copy.problems, name + " on the standby");
            }
        }
        return audit;
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
