package gold.protocol.client;

import static gold.protocol.client.GoldClientTest.freePort;
import static gold.protocol.client.GoldClientTest.ok;
import static gold.protocol.client.GoldClientTest.server;
import static gold.protocol.client.GoldClientTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.testutil.TestServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Riding through a failover: a request that every server refuses with 730 is sent round again with
 * the same request key after a bounded back-off, until it is answered or the failover wait has passed;
 * a zero wait fails at once as the classic client did.
 */
class FailoverWaitTest {
    private static final Request CHARGE = Request.builder("Job", "Charge").actor("amy").set("JobId", "j1")
            .requestKey("charge-key-1").build();
    private static final Response DOWN = Response.failure("730", "The database is unavailable");

    /** A server answering 730 to its first {@code refusals} requests, then success. */
    private static TestServer refusingFirst(int refusals, AtomicInteger seen) throws IOException {
        return new TestServer("127.0.0.1", 0, server(Map.of()),
                r -> List.of(seen.incrementAndGet() <= refusals ? DOWN : ok(r)), null);
    }

    @Test
    void aRequestRefusedByEveryServerIsRetriedWithTheSameKeyUntilAnswered() throws IOException {
        AtomicInteger primarySeen = new AtomicInteger();
        AtomicInteger backupSeen = new AtomicInteger();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (TestServer primary = refusingFirst(3, primarySeen); TestServer backup = refusingFirst(99, backupSeen)) {
            GoldClient client = new GoldClient(settings("127.0.0.1", primary.port(), Map.of())
                    .backup("127.0.0.1:" + backup.port()).failoverWait(Duration.ofSeconds(20)),
                    new GoldClient.AnswerListener() {
                        public void answered(ServerAddress server, boolean fromBackup, Response first) { }
                        public void waiting(Request request, Response refusal, Duration waited, Duration left) {
                            assertEquals("730", refusal.code());
                            waits.add(waited);
                        }
                    });
            Response r = client.send(CHARGE);
            assertEquals("000", r.code(), r.message());
            assertEquals(4, primary.received.size(), "three refusals, then the answer");
            assertEquals(3, backup.received.size(), "the backup was asked in every refused round");
            for (Request sent : primary.received) {
                assertEquals("charge-key-1", sent.requestKey(), "every retry carries the same request key");
            }
            backup.received.forEach(sent -> assertEquals("charge-key-1", sent.requestKey()));
            assertEquals(3, waits.size(), "the listener was told of each wait");
        }
    }

    @Test
    void aReadOnlyRequestWithoutKeyRidesThroughToo() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        try (TestServer only = refusingFirst(2, seen)) {
            Response r = new GoldClient(settings("127.0.0.1", only.port(), Map.of())
                    .failoverWait(Duration.ofSeconds(20))).send(GoldClientTest.QUERY);
            assertEquals("000", r.code(), r.message());
            assertEquals(3, only.received.size());
        }
    }

    @Test
    void anUnreachableBackupDoesNotStopTheWaitForThePrimarysDatabase() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        try (TestServer primary = refusingFirst(2, seen)) {
            Response r = new GoldClient(settings("127.0.0.1", primary.port(), Map.of())
                    .backup("127.0.0.1:" + freePort()).failoverWait(Duration.ofSeconds(20))).send(CHARGE);
            assertEquals("000", r.code(), r.message());
            assertEquals(3, primary.received.size());
        }
    }

    @Test
    void theWaitEndsAtTheFailoverDeadlineWithTheRefusalAndBoundedPauses() throws IOException {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        try (TestServer down = new TestServer("127.0.0.1", 0, server(Map.of()), r -> {
            arrivals.add(System.nanoTime());
            return List.of(DOWN);
        }, null)) {
            long t0 = System.nanoTime();
            Response r = new GoldClient(settings("127.0.0.1", down.port(), Map.of())
                    .failoverWait(Duration.ofSeconds(4))).send(CHARGE);
            long took = System.nanoTime() - t0;
            assertEquals("730", r.code());
            assertEquals(73, r.exitStatus());
            assertTrue(took >= Duration.ofSeconds(4).toNanos(), "waited the whole failover wait: " + took);
            assertTrue(took < Duration.ofSeconds(9).toNanos(), "and not much longer: " + took);
            assertTrue(arrivals.size() >= 4, "retried several times: " + arrivals.size());
            for (int i = 1; i < arrivals.size(); i++) {
                long gap = arrivals.get(i) - arrivals.get(i - 1);
                assertTrue(gap < FailoverBackoff.CAP_NANOS + Duration.ofMillis(1500).toNanos(),
                        "a pause is at most the back-off cap: " + gap);
            }
        }
    }

    @Test
    void aZeroWaitFailsAtOnceAsTheClassicClient() throws IOException {
        try (TestServer down = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(DOWN), null)) {
            ClientSettings failFast = ClientSettings.from(GoldConfig.of(Map.of("client.failover.wait", "0")), "sss")
                    .host("127.0.0.1").port(down.port());
            Response r = new GoldClient(failFast).send(CHARGE);
            assertEquals("730", r.code());
            assertEquals(1, down.received.size());
        }
    }

    @Test
    void backOffGrowsFromAQuarterSecondAndIsCappedAtTwoSeconds() {
        assertEquals(125_000_000L, FailoverBackoff.pauseNanos(0, 0));
        assertEquals(250_000_000L, FailoverBackoff.pauseNanos(0, 1));
        assertEquals(500_000_000L, FailoverBackoff.pauseNanos(1, 1));
        assertEquals(1_000_000_000L, FailoverBackoff.pauseNanos(2, 1));
        for (int retry = 0; retry < 100; retry++) {
            long p = FailoverBackoff.pauseNanos(retry, 0.999);
            assertTrue(p <= FailoverBackoff.CAP_NANOS && p >= FailoverBackoff.pauseNanos(Math.max(0, retry - 1), 0),
                    "retry " + retry + ": " + p);
        }
        assertEquals(FailoverBackoff.CAP_NANOS / 2, FailoverBackoff.pauseNanos(40, 0));
    }

    @Test
    void theWaitComesFromGoldConfAndDefaultsToTheReplyDeadline() {
        assertEquals(Duration.ofSeconds(60), ClientSettings.from(GoldConfig.of(Map.of()), "k").failoverWait());
        assertEquals(Duration.ofSeconds(9), ClientSettings.from(GoldConfig.of(Map.of("client.reply.timeout", "9")),
                "k").failoverWait());
        assertEquals(Duration.ofSeconds(30), ClientSettings.from(GoldConfig.of(Map.of("client.reply.timeout", "9",
                "client.failover.wait", "30")), "k").failoverWait());
        assertEquals(Duration.ZERO, ClientSettings.from(GoldConfig.of(Map.of("client.failover.wait", "0")), "k")
                .failoverWait());
        assertEquals(Duration.ofSeconds(60), ClientSettings.from(GoldConfig.of(Map.of("client.failover.wait", "soon")),
                "k").failoverWait(), "a value that is no number keeps the default");
    }
}
