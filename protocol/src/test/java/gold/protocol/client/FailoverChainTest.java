package gold.protocol.client;

import static gold.protocol.client.GoldClientTest.freePort;
import static gold.protocol.client.GoldClientTest.ok;
import static gold.protocol.client.GoldClientTest.server;
import static gold.protocol.client.GoldClientTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.testutil.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Backups named as {@code host[:port]}, more than one of them, and the request-key extension of 8.3:
 * a request whose outcome is unknown moves on only to servers known to honour keys, and a later
 * connect failure or 730 never hides that the first attempt may have acted.
 */
class FailoverChainTest {
    static final Request KEYED = GoldClientTest.QUERY.toBuilder().requestKey("k-1").build();

    @Test
    void backupsWithTheirOwnPortsAreTriedInOrder() throws IOException {
        int dead = freePort();
        try (TestServer second = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
            ClientSettings c = settings("127.0.0.1", freePort(), Map.of())
                    .backup("127.0.0.1:" + dead + ", 127.0.0.1:" + second.port());
            Response r = new GoldClient(c).send(GoldClientTest.QUERY);
            assertEquals("000", r.code(), r.message());
            assertEquals(1, second.received.size());
        }
    }

    @Test
    void laterRequestsStartAtTheServerThatAnsweredAndGoRoundToThePrimary() throws IOException {
        AtomicBoolean primaryUp = new AtomicBoolean();
        Response down = Response.failure("730", "The database is unavailable");
        try (TestServer primary = new TestServer("127.0.0.1", 0, server(Map.of()),
                r -> List.of(primaryUp.get() ? ok(r) : down), null)) {
            TestServer backup = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null);
            GoldClient client = new GoldClient(settings("127.0.0.1", primary.port(), Map.of())
                    .backup("127.0.0.1:" + backup.port()));
            try (backup) {
                assertEquals("000", client.send(KEYED).code());
                assertEquals(1, primary.received.size());
                assertEquals("000", client.send(KEYED).code());
                assertEquals(1, primary.received.size(), "the second request went straight to the backup");
                assertEquals(2, backup.received.size());
            }
            primaryUp.set(true);
            assertEquals("000", client.send(KEYED).code(), "the backup is gone: round to the primary");
            assertEquals(2, primary.received.size());
            assertEquals("000", client.send(KEYED).code());
            assertEquals(3, primary.received.size(), "and the primary is asked first again");
        }
    }

    @Test
    void backupsComeFromGoldConfWithTheDefaultPort() {
        ClientSettings c = ClientSettings.from(GoldConfig.of(Map.of("server.port", "7200",
                "server.backup", "b1 b2:7300")), "k");
        assertEquals(List.of(new ServerAddress("b1", 7200), new ServerAddress("b2", 7300)), c.backups());
        assertEquals(List.of(), ClientSettings.from(GoldConfig.of(Map.of()), "k").backups());
    }

    @Test
    void deadlinesComeFromGoldConf() {
        ClientSettings c = ClientSettings.from(GoldConfig.of(Map.of("client.reply.timeout", "7",
                "client.connect.timeout", "2", "server.keys.honoured", "true")), "k");
        assertEquals(Duration.ofSeconds(7), c.replyTimeout());
        assertEquals(Duration.ofSeconds(2), c.connectTimeout());
        assertEquals(true, c.keysHonoured());
    }

    @Test
    void silentPrimaryWithKeysHonouredFailsOverWithTheSameKey() throws IOException {
        try (ServerSocket silent = new ServerSocket(0);
             TestServer backup = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
            ClientSettings c = settings("127.0.0.1", silent.getLocalPort(), Map.of())
                    .backup("127.0.0.1:" + backup.port()).keysHonoured(true).replyTimeout(Duration.ofMillis(300));
            Response r = new GoldClient(c).send(KEYED);
            assertEquals("000", r.code(), r.message());
            assertEquals("k-1", backup.received.get(0).requestKey());
        }
    }

    @Test
    void silentPrimaryNotKnownToHonourKeysIsOutcomeUnknown() throws IOException {
        try (ServerSocket silent = new ServerSocket(0);
             TestServer backup = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
            ClientSettings c = settings("127.0.0.1", silent.getLocalPort(), Map.of())
                    .backup("127.0.0.1:" + backup.port()).replyTimeout(Duration.ofMillis(300));
            Response r = new GoldClient(c).send(KEYED);
            assertEquals("250", r.code(), r.message());
            assertEquals(0, backup.received.size());
        }
    }

    @Test
    void unknownOutcomeFollowedByUnreachableOrUnavailableBackupsStaysUnknown() throws IOException {
        Response down = Response.failure("730", "The database is unavailable");
        try (ServerSocket silent = new ServerSocket(0);
             TestServer unavailable = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(down), null)) {
            ClientSettings c = settings("127.0.0.1", silent.getLocalPort(), Map.of()).keysHonoured(true)
                    .backup("127.0.0.1:" + freePort() + " 127.0.0.1:" + unavailable.port())
                    .replyTimeout(Duration.ofMillis(300)).failoverWait(Duration.ZERO);
            Response r = new GoldClient(c).send(KEYED);
            assertEquals("250", r.code(), r.message());
            assertEquals(1, unavailable.received.size());
        }
    }
}
