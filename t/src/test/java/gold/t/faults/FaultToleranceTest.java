package gold.t.faults;

import gold.t.Installation;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 on real processes: a PostgreSQL primary with a synchronous standby, a primary and a backup
 * goldd over a multi-host datasource, three client loops of g* commands; one fault per test. After
 * each, {@link FaultDrill} checks that every acknowledged request is present exactly once, nothing is
 * doubled or half applied, the journal invariant and the sum over accounts hold, and prints the figures.
 * Where a fault must hit a request in flight, a pause point holds one (its marker names the request
 * key) and the test follows that request to its single effect.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultToleranceTest {
    /** How long fault 2 keeps the primary goldd stopped. */
    private static final Duration FREEZE = Duration.ofSeconds(20);
    /**
     * Longest a successful client run may take while the primary is frozen: one client.reply.timeout
     * (6 s) on the frozen primary, the idle-in-transaction timeout (4 s) that frees the frozen write's
     * locks, and 5 s for two JVM starts on a shared CPU; without the timeouts it would wait for SIGCONT.
     */
    private static final Duration FROZEN_RUN_BOUND = Duration.ofSeconds(15);

    @Test
    void crashBetweenCommitAndReplyIsAnsweredWithTheStoredReply() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            String[] held = new String[1];
            FaultDrill.Result r = FaultDrill.run(site, "fault 6 crash between commit and reply", () -> {
                Path marker = hold(site, "after-commit");
                held[0] = Files.readString(marker);
                long worker = Long.parseLong(marker.getFileName().toString().substring("after-commit.".length()));
                ReplicatedSite.signal("KILL", List.of(worker));
                return site.primaryDb();
            }, FaultDrill.NONE);
            Operation op = r.held(held[0]);
            assertTrue(op.answeredByBackup(), "the retry went to the backup: " + op);
            String stored = storedMessage(site.primaryDb(), held[0]);
            assertTrue(!stored.isEmpty() && op.lastOutput().contains(stored),
                    "the retry printed the stored reply \"" + stored + "\": " + op);
        }
    }

    @Test
    void killingThePrimaryServerLosesAndDoublesNothing() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(2)) {
            String[] held = new String[1];
            FaultDrill.Result r = FaultDrill.run(site, "fault 1 kill -9 of the primary goldd", () -> {
                held[0] = Files.readString(hold(site, "before-commit"));
                ReplicatedSite.signal("KILL", site.primaryProcesses());
                return site.primaryDb();
            }, FaultDrill.NONE);
            Operation op = r.held(held[0]);
            assertTrue(op.answeredByBackup(), "the request in flight was retried on the backup: " + op);
        }
    }

    @Test
    void frozenPrimaryServerHoldingAWriteBlocksNobodyForLong() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            String[] held = new String[1];
            long[] frozen = new long[2];
            long[] startedBefore = new long[2];
            FaultDrill.Result r = FaultDrill.run(site, "fault 2 SIGSTOP of the primary goldd holding a write", () -> {
                Path marker = hold(site, "before-commit");
                held[0] = Files.readString(marker);
                List<Long> pids = site.primaryProcesses();
                ReplicatedSite.signal("STOP", pids);
                frozen[0] = System.nanoTime();
                startedBefore[0] = System.currentTimeMillis() / 1000;
                Thread.sleep(FREEZE.toMillis());
                startedBefore[1] = writesStartedBefore(site.primaryDb(), startedBefore[0]);
                Files.deleteIfExists(marker);
                ReplicatedSite.signal("CONT", pids);
                frozen[1] = System.nanoTime();
                return site.primaryDb();
            // a write begun before the freeze that commits after the wake acted on stale data
            }, () -> writesStartedBefore(site.primaryDb(), startedBefore[0]) - startedBefore[1]);
            Operation op = r.held(held[0]);
            assertTrue(op.answeredByBackup(), "the frozen write was retried on the backup: " + op);
            List<Operation> whileFrozen = r.ops().stream()
                    .filter(o -> o.outcome() == Operation.Outcome.ACKNOWLEDGED
                            && o.successEndNanos() > frozen[0] && o.successStartNanos() < frozen[1])
                    .toList();
            assertTrue(whileFrozen.stream().anyMatch(o -> o.successEndNanos() < frozen[1]),
                    "requests succeeded while the primary was still frozen");
            assertTrue(r.firstSuccessSeconds() < FREEZE.toSeconds(),
                    "a request started after the freeze succeeded before the wake: " + r.firstSuccessSeconds() + " s");
            double longest = whileFrozen.stream().mapToLong(o -> o.successEndNanos() - o.successStartNanos())
                    .max().orElseThrow() / 1e9;
            System.out.printf("  longest successful run while frozen: %.1fs%n", longest);
            whileFrozen.forEach(o -> System.out.printf("    %s %s from %.1fs to %.1fs after SIGSTOP%n", o.kind(), o.tag(),
                    (o.successStartNanos() - frozen[0]) / 1e9, (o.successEndNanos() - frozen[0]) / 1e9));
            assertTrue(longest <= FROZEN_RUN_BOUND.toSeconds(), "no run blocked for long: " + longest + " s");
        }
    }

    @Test
    void losingThePrimaryDatabaseAndPromotingTheStandbyLosesNothing() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            String[] held = new String[1];
            FaultDrill.Result r = FaultDrill.run(site, "fault 3 kill -9 of the primary database, standby promoted", () -> {
                Path marker = hold(site, "before-commit");
                held[0] = Files.readString(marker);
                site.primaryDb().killAll();
                Thread.sleep(2_000);
                site.standbyDb().promote();
                // the held write goes on to its commit, on a connection whose database is gone
                Files.deleteIfExists(marker);
                return site.standbyDb();
            }, FaultDrill.NONE);
            Operation op = r.held(held[0]);
            assertTrue(op.answeredByBackup() || op.unknownReplies() > 0 || op.attempts() > 1,
                    "the request in flight when the database died was retried: " + op);
        }
    }

    @Test
    void oldPrimaryBackWritableNextToThePromotedOneTakesNoWrite() throws Exception {
        oldPrimaryBackWritable(false);
    }

    /** The same with the database login only in the datasource URL: the guard must log in as the pool does. */
    @Test
    void oldPrimaryBackWritableTakesNoWriteWithTheLoginInTheUrl() throws Exception {
        oldPrimaryBackWritable(true);
    }

    private static void oldPrimaryBackWritable(boolean loginInUrl) throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1, loginInUrl)) {
            long[] since = new long[1];
            long[] stale = new long[1];
            FaultDrill.run(site, "fault 4 split brain: old primary back writable on stale data"
                    + (loginInUrl ? " (login in the URL)" : ""), () -> {
                site.primaryDb().killAll();
                Thread.sleep(2_000);
                site.standbyDb().promote();
                Thread.sleep(3_000);
                since[0] = System.currentTimeMillis() / 1000;
                site.primaryDb().startAgain();
                // servers restarted meanwhile connect afresh: pgjdbc picks the first writable host, the old one
                site.restartServers();
                Thread.sleep(10_000);
                try (Connection c = ReplicatedSite.connect(site.primaryDb())) {
                    assertTrue(Audit.single(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = 'gold'"
                            + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()") > 0,
                            "the servers are connected to the stale old primary");
                }
                Installation.Result probe = site.primary().run("gdeposit", "--verbose", "--fail-fast", "--request-key", "split-probe",
                        "-a", "1", "-d", "split-probe", "1");
                assertEquals(73, probe.exit(), "both servers refuse the write with 730: " + probe);
                assertTrue(probe.stderr().contains("(backup server)"),
                        "the primary server refused with 730, so the backup was asked too: " + probe);
                try (Connection c = ReplicatedSite.connect(site.primaryDb())) {
                    stale[0] = writesSince(c, since[0]);
                }
                // the operator resolves the split brain by fencing the old primary
                site.primaryDb().killAll();
                return site.standbyDb();
            }, () -> stale[0]);
        }
    }

    @Test
    void losingTheSynchronousStandbyWithWritesInFlightLosesNothing() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            FaultDrill.run(site, "fault 5 synchronous standby killed with writes in flight", () -> {
                site.standbyDb().killAll();
                Thread.sleep(10_000);
                site.standbyDb().startAgain();
                site.primaryDb().awaitSynchronousStandby(ReplicatedSite.STANDBY, Duration.ofSeconds(60));
                return site.primaryDb();
            }, FaultDrill.NONE, site.standbyDb());
        }
    }

    /**
     * Arms a pause point of the primary goldd for the workload's keyed operations (not gbalance's
     * requests, which carry keys of their own) and waits for one to be held there.
     */
    private static Path hold(ReplicatedSite site, String point) throws Exception {
        Path pending = Files.writeString(site.pauses().resolve("." + point + ".pending"), Workload.KEY_PREFIX);
        Files.move(pending, site.pauses().resolve(point + ".arm"), StandardCopyOption.ATOMIC_MOVE);
        return awaitMarker(site.pauses(), point + ".");
    }

    /** Journal rows and stored replies of requests begun before {@code second} (epoch seconds). */
    private static long writesStartedBefore(PgCluster db, long second) throws Exception {
        try (Connection c = ReplicatedSite.connect(db)) {
            return Math.round(Audit.single(c, "SELECT count(*) FROM g_transaction WHERE g_creation_time < " + second)
                    + Audit.single(c, "SELECT count(*) FROM g_request_key WHERE g_reply IS NOT NULL"
                    + " AND g_creation_time < " + second));
        }
    }

    private static long writesSince(Connection c, long second) throws Exception {
        return Math.round(Audit.single(c, "SELECT count(*) FROM g_request_key WHERE g_creation_time >= " + second)
                + Audit.single(c, "SELECT count(*) FROM g_transaction WHERE g_creation_time >= " + second));
    }

    /** The message of the reply stored under a request key (the header line of g_reply). */
    private static String storedMessage(PgCluster db, String key) throws Exception {
        try (Connection c = ReplicatedSite.connect(db);
             PreparedStatement ps = c.prepareStatement("SELECT g_reply FROM g_request_key WHERE g_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a reply is stored under the held key " + key);
                String[] head = rs.getString(1).split("\n", 2)[0].split("\t", -1);
                return head[3];
            }
        }
    }

    private static Path awaitMarker(Path dir, String prefix) throws Exception {
        Path[] found = new Path[1];
        FaultDrill.await(() -> {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> m = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && !p.getFileName().toString().endsWith(".arm")).findFirst();
                m.ifPresent(p -> found[0] = p);
                return m.isPresent();
            }
        }, Duration.ofSeconds(60), "a request to reach " + prefix);
        return found[0];
    }
}
