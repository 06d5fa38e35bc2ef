package gold.t.faults;

import gold.testkit.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Issue 9 on real processes: a PostgreSQL primary with a synchronous standby, a primary and a backup
 * goldd over a multi-host datasource, three client loops of g* commands; one fault per test. After
 * each, {@link FaultDrill} checks that every acknowledged request is present exactly once, nothing is
 * doubled or half applied, the journal invariant and the sum over accounts hold, and prints the figures.
 */
@Timeout(value = 240, unit = java.util.concurrent.TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultToleranceTest {
    @Test
    void crashBetweenCommitAndReplyIsAnsweredWithTheStoredReply() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            FaultDrill.run(site, "fault 6 crash between commit and reply", () -> {
                Files.writeString(site.pauses().resolve("after-commit.arm"), "");
                Path marker = awaitMarker(site.pauses(), "after-commit.");
                long worker = Long.parseLong(marker.getFileName().toString().substring("after-commit.".length()));
                ReplicatedSite.signal("KILL", List.of(worker));
                return site.primaryDb();
            }, () -> 0);
        }
    }

    @Test
    void killingThePrimaryServerLosesAndDoublesNothing() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(2)) {
            FaultDrill.run(site, "fault 1 kill -9 of the primary goldd", () -> {
                ReplicatedSite.signal("KILL", site.primaryProcesses());
                return site.primaryDb();
            }, () -> 0);
        }
    }

    @Test
    void frozenPrimaryServerHoldingAWriteBlocksNobodyForLong() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            FaultDrill.run(site, "fault 2 SIGSTOP of the primary goldd holding a write", () -> {
                Files.writeString(site.pauses().resolve("before-commit.arm"), "");
                Path marker = awaitMarker(site.pauses(), "before-commit.");
                List<Long> pids = site.primaryProcesses();
                ReplicatedSite.signal("STOP", pids);
                Thread.sleep(15_000);
                Files.deleteIfExists(marker);
                ReplicatedSite.signal("CONT", pids);
                return site.primaryDb();
            }, () -> 0);
        }
    }

    @Test
    void losingThePrimaryDatabaseAndPromotingTheStandbyLosesNothing() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            FaultDrill.run(site, "fault 3 kill -9 of the primary database, standby promoted", () -> {
                site.primaryDb().killAll();
                Thread.sleep(2_000);
                site.standbyDb().promote();
                return site.standbyDb();
            }, () -> 0);
        }
    }

    @Test
    void oldPrimaryBackWritableNextToThePromotedOneTakesNoWrite() throws Exception {
        try (ReplicatedSite site = ReplicatedSite.start(1)) {
            long[] stale = new long[1];
            FaultDrill.run(site, "fault 4 split brain: old primary back writable on stale data", () -> {
                site.primaryDb().killAll();
                Thread.sleep(2_000);
                site.standbyDb().promote();
                Thread.sleep(3_000);
                long since = System.currentTimeMillis() / 1000;
                site.primaryDb().startAgain();
                // servers restarted meanwhile connect afresh: pgjdbc picks the first writable host, the old one
                site.restartServers();
                Thread.sleep(10_000);
                try (var c = ReplicatedSite.connect(site.primaryDb())) {
                    stale[0] = Math.round(Audit.single(c, "SELECT count(*) FROM g_request_key WHERE g_creation_time >= " + since)
                            + Audit.single(c, "SELECT count(*) FROM g_transaction WHERE g_creation_time >= " + since));
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
            }, () -> 0, site.standbyDb());
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
