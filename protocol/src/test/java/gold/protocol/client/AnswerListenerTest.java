package gold.protocol.client;

import static gold.protocol.client.GoldClientTest.freePort;
import static gold.protocol.client.GoldClientTest.ok;
import static gold.protocol.client.GoldClientTest.server;
import static gold.protocol.client.GoldClientTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.Response;
import gold.protocol.testutil.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * GoldClient tells its {@link GoldClient.AnswerListener} which server gave the reply a request ends
 * with: the primary, a backup after a failover, a backup that settled an unknown outcome; and nothing
 * when no server settled the request (the caller prints 250, not a server name).
 */
class AnswerListenerTest {
    private record Answer(ServerAddress server, boolean backup, String serverId) { }

    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    private GoldClient client(ClientSettings c) {
        return new GoldClient(c, (server, backup, first) -> answers.add(new Answer(server, backup, first.server())));
    }

    private static TestServer replying(String id) throws IOException {
        return new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r).withServer(id)), null);
    }

    @Test
    void thePrimaryIsReportedAsNoBackup() throws IOException {
        try (TestServer primary = replying("gold-a")) {
            Response r = client(settings("127.0.0.1", primary.port(), Map.of())
                    .backup("127.0.0.1:" + freePort())).send(FailoverChainTest.KEYED);
            assertEquals("000", r.code(), r.message());
            assertEquals(List.of(new Answer(new ServerAddress("127.0.0.1", primary.port()), false,
                    "gold-a")), answers);
        }
    }

    @Test
    void aBackupReachedAfterARefusedConnectionIsReportedAsBackup() throws IOException {
        try (TestServer backup = replying("gold-b")) {
            GoldClient client = client(settings("127.0.0.1", freePort(), Map.of()).backup("127.0.0.1:" + backup.port()));
            Response r = client.send(FailoverChainTest.KEYED);
            assertEquals("000", r.code(), r.message());
            client.send(FailoverChainTest.KEYED);
            Answer fromBackup = new Answer(new ServerAddress("127.0.0.1", backup.port()), true, "gold-b");
            assertEquals(List.of(fromBackup, fromBackup), answers, "also when a later request starts at the backup");
        }
    }

    @Test
    void aBackupThatSettlesAnUnknownOutcomeIsReported() throws IOException {
        try (ServerSocket silent = new ServerSocket(0); TestServer backup = replying("gold-b")) {
            Response r = client(settings("127.0.0.1", silent.getLocalPort(), Map.of()).keysHonoured(true)
                    .backup("127.0.0.1:" + backup.port()).replyTimeout(Duration.ofMillis(300)))
                    .send(FailoverChainTest.KEYED);
            assertEquals("000", r.code(), r.message());
            assertEquals(List.of(new Answer(new ServerAddress("127.0.0.1", backup.port()), true,
                    "gold-b")), answers);
        }
    }

    @Test
    void anUnknownOutcomeThatNoServerSettlesReportsNoAnswer() throws IOException {
        Response down = Response.failure("730", "The database is unavailable").withServer("gold-b");
        try (ServerSocket silent = new ServerSocket(0);
             TestServer unavailable = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(down), null)) {
            Response r = client(settings("127.0.0.1", silent.getLocalPort(), Map.of()).keysHonoured(true)
                    .backup("127.0.0.1:" + unavailable.port()).replyTimeout(Duration.ofMillis(300))
                    .failoverWait(Duration.ZERO))
                    .send(FailoverChainTest.KEYED);
            assertEquals("250", r.code(), r.message());
            assertEquals(1, unavailable.received.size(), "the backup was asked and said 730");
            assertEquals(List.of(), answers);
        }
    }

    @Test
    void noReachableServerReportsNoAnswer() throws IOException {
        Response r = client(settings("127.0.0.1", freePort(), Map.of()).backup("127.0.0.1:" + freePort()))
                .send(FailoverChainTest.KEYED);
        assertEquals("222", r.code(), r.message());
        assertEquals(List.of(), answers);
    }
}
