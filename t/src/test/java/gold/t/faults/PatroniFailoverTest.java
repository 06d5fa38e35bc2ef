package gold.t.faults;

import gold.bench.PatroniCluster;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failover drills with a real failover manager: Patroni (synchronous_mode, ttl 10 s, loop_wait 2 s)
 * over one etcd and two PostgreSQL nodes, two goldd on the multi-host datasource, three loops of g*
 * commands with request keys throughout (README "Production layout"). One cluster serves every
 * drill, in order; each drill starts from a healthy cluster and audits every operation so far.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatroniFailoverTest {
    private PatroniSite site;
    private PatroniCluster cluster;
    private final List<Operation> history = new ArrayList<>();
    /** The failover wait of the client that probes drill d: long enough for one retry, shorter than the outage. */
    private static final int PROBE_WAIT = 8;

    @BeforeAll
    void start() throws Exception {
        site = PatroniSite.start(Map.of("fsync", "off"));
        cluster = site.cluster();
        Workload.setUpBank(site.clients());
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    private int other(int node) {
        return 1 - node;
    }

    private void awaitWritable(int node, Duration limit) throws Exception {
        FaultDrill.await(() -> cluster.inRecovery(node).equals(Optional.of(false)), limit,
                cluster.node(node).name + " writable");
    }

    @Test
    @Order(1)
    void killingTheLeaderPromotesTheSynchronousStandbyAndEveryRequestIsAcknowledged() throws Exception {
        cluster.awaitHealthy(Duration.ofSeconds(120));
        double[] promotedAfter = new double[1];
        PatroniDrill.Figures f = PatroniDrill.run(site, history,
                "patroni drill a: leader crashed (kill -9 of its Patroni and postmaster)", "a", () -> {
                    int leader = cluster.leader().orElseThrow();
                    int standby = other(leader);
                    assertEquals(Optional.of("sync_standby"), cluster.role(standby), "the standby is synchronous");
                    long t0 = System.nanoTime();
                    cluster.crash(leader);
                    cluster.awaitRole(standby, "leader", Duration.ofSeconds(60));
                    awaitWritable(standby, Duration.ofSeconds(30));
                    promotedAfter[0] = (System.nanoTime() - t0) / 1e9;
                });
        System.out.printf("  Patroni promoted the synchronous standby, writable %.1f s after the crash%n", promotedAfter[0]);
        assertEquals(0, f.notAcknowledged(), "every request acknowledged");
        assertEquals(0, f.unavailableRuns(), "no command failed with 73 (or 22): the clients waited for the new primary");
        assertTrue(f.rodeThrough() > 0, "some commands waited for the new primary and were answered: " + f.line());
        assertTrue(f.longestCommandSeconds() < 30, "longest client pause under 30 s: " + f.line());
    }

    @Test
    @Order(2)
    void theOldPrimaryRejoinsAsStandbyIsNeverWrittenWhileStaleAndIsUsedAgain() throws Exception {
        int down = downNode();
        int leader = other(down);
        long[] samples = new long[2];
        PatroniDrill.Figures f = PatroniDrill.run(site, history,
                "patroni drill c: the old primary rejoins (pg_rewind) as the synchronous standby", "c", () -> {
                    cluster.startNode(down);
                    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    // sample until it is the synchronous standby again: it must never be writable meanwhile
                    while (!cluster.role(down).equals(Optional.of("sync_standby"))) {
                        Optional<Boolean> recovery = cluster.inRecovery(down);
                        samples[0]++;
                        if (recovery.equals(Optional.of(false))) {
                            samples[1]++;
                        }
                        assertTrue(System.nanoTime() < until, "rejoined within 120 s:\n" + cluster.log(down));
                        Thread.sleep(100);
                    }
                    assertEquals(Optional.of(true), cluster.inRecovery(down), "it runs as a standby");
                });
        System.out.printf("  old primary sampled %d times while rejoining: writable %d times%n", samples[0], samples[1]);
        assertEquals(0, samples[1], "the stale old primary was never writable, so goldd could not write to it");
        assertEquals(0, f.notAcknowledged(), "every request acknowledged");
        assertEquals(Optional.of(leader), cluster.leader(), "the leader did not change");
        // goldd's commits wait for it again: it holds every acknowledged operation, replayed
        awaitReplayed(leader);
        try (Connection c = cluster.connect(down, "gold")) {
            Audit copy = Audit.of(history, c);
            assertEquals(List.of(), copy.problems, "the rejoined standby holds exactly what the clients were told");
        }
        assertEquals(Optional.of("sync_standby"), cluster.role(down));
    }

    @Test
    @Order(3)
    void aSwitchoverLosesAndDoublesNothingAndFailsNoRequest() throws Exception {
        cluster.awaitHealthy(Duration.ofSeconds(120));
        double[] took = new double[1];
        PatroniDrill.Figures f = PatroniDrill.run(site, history, "patroni drill b: patronictl switchover", "b", () -> {
            int leader = cluster.leader().orElseThrow();
            int candidate = other(leader);
            cluster.awaitRole(candidate, "sync_standby", Duration.ofSeconds(60));
            long t0 = System.nanoTime();
            cluster.switchover(leader, candidate);
            cluster.awaitRole(candidate, "leader", Duration.ofSeconds(60));
            awaitWritable(candidate, Duration.ofSeconds(30));
            took[0] = (System.nanoTime() - t0) / 1e9;
        });
        System.out.printf("  switchover: the candidate writable after %.1f s%n", took[0]);
        assertEquals(0, f.notAcknowledged(), "no request failed: any 250 was settled by re-running with its key");
        assertEquals(0, f.unavailableRuns(), "no command failed with 73 (or 22)");
    }

    @Test
    @Order(4)
    void losingEtcdDemotesTheLeaderAndClientsAreToldTheDatabaseIsUnavailableUntilItReturns() throws Exception {
        cluster.awaitHealthy(Duration.ofSeconds(120));
        Installation probe = site.backup();
        // a client of its own whose failover wait runs out while etcd is gone
        Files.writeString(probe.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = "
                + probe.port() + "\nclient.failover.wait = " + PROBE_WAIT + "\n");
        Installation.Result[] fast = new Installation.Result[1];
        Installation.Result[] waited = new Installation.Result[1];
        double[] timings = new double[4];
        PatroniDrill.Figures f = PatroniDrill.run(site, history, "patroni drill d: etcd lost for a while", "d", () -> {
            int leader = cluster.leader().orElseThrow();
            long t0 = System.nanoTime();
            cluster.stopEtcd();
            FaultDrill.await(() -> cluster.inRecovery(leader).equals(Optional.of(true)), Duration.ofSeconds(60),
                    "the leader to demote itself without etcd");
            timings[0] = (System.nanoTime() - t0) / 1e9;
            long p0 = System.nanoTime();
            fast[0] = site.clients().run("gcharge", "--fail-fast", "-J", "probe-d-1", "-p", "biology", "-u", "amy",
                    "-m", "colony", "-P", "1", "-t", "10");
            timings[1] = (System.nanoTime() - p0) / 1e9;
            long p1 = System.nanoTime();
            waited[0] = probe.run("gcharge", "--verbose", "-J", "probe-d-2", "-p", "biology", "-u", "amy",
                    "-m", "colony", "-P", "1", "-t", "10");
            timings[2] = (System.nanoTime() - p1) / 1e9;
            long back = System.nanoTime();
            cluster.startEtcd();
            int again = cluster.awaitHealthy(Duration.ofSeconds(90));
            awaitWritable(again, Duration.ofSeconds(30));
            timings[3] = (System.nanoTime() - back) / 1e9;
        });
        System.out.printf("  leader demoted %.1f s after etcd was lost; --fail-fast answered in %.1f s: %s;"
                        + " a " + PROBE_WAIT + " s failover wait answered in %.1f s; writable again %.1f s after etcd returned%n",
                timings[0], timings[1], fast[0].stderr().strip(), timings[2], timings[3]);
        assertEquals(73, fast[0].exit(), "--fail-fast: database unavailable at once: " + fast[0]);
        assertTrue(timings[1] < 15, "--fail-fast does not hang: " + timings[1]);
        assertEquals(73, waited[0].exit(), "once the failover wait runs out: database unavailable: " + waited[0]);
        assertTrue(waited[0].stderr().contains("Database unavailable on every server"), waited[0].toString());
        assertTrue(timings[2] >= PROBE_WAIT && timings[2] < PROBE_WAIT + 20, "the wait ran out: " + timings[2]);
        assertEquals(0, f.notAcknowledged(), "the loops' requests rode through and were acknowledged");
        assertEquals(0, f.unavailableRuns(), "no loop command failed with 73: they waited for etcd's return");
        try (Connection c = cluster.connect(cluster.leader().orElseThrow(), "gold")) {
            assertEquals(0, Audit.single(c, "SELECT count(*) FROM g_job WHERE g_job_id LIKE 'probe-d-%'"),
                    "the refused probes did nothing");
        }
    }

    /** The node that is not running (crashed by drill a), or, when both run, the leader crashed now. */
    private int downNode() throws Exception {
        for (int i = 0; i < cluster.size(); i++) {
            int node = i;
            boolean listedRunning = cluster.members().stream().anyMatch(m -> m.path("name").asText()
                    .equals(cluster.node(node).name) && m.path("state").asText().matches("running|streaming"));
            if (!listedRunning) {
                return i;
            }
        }
        int leader = cluster.awaitHealthy(Duration.ofSeconds(60));
        cluster.crash(leader);
        cluster.awaitRole(other(leader), "leader", Duration.ofSeconds(60));
        assertFalse(cluster.leader().equals(Optional.of(leader)));
        return leader;
    }

    private void awaitReplayed(int leader) throws Exception {
        FaultDrill.await(() -> {
            try (Connection c = cluster.connect(leader, "postgres")) {
                return Audit.single(c, "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'"
                        + " AND replay_lsn >= pg_current_wal_lsn()") > 0;
            }
        }, Duration.ofSeconds(60), "the synchronous standby to replay everything");
    }
}
