package gold.protocol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.server.ServerSecurity;
import gold.protocol.testutil.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldClientTest {
    static final Request QUERY = Request.builder("User", "Query").actor("amy").where("Name", "amy").build();

    static ServerSecurity server(Map<String, String> conf) {
        return new ServerSecurity(GoldConfig.of(conf), "sss", u -> u.equals("amy") ? Optional.of("amysecret1")
                : Optional.empty(), new InMemoryReplayGuard());
    }

    static ClientSettings settings(String host, int port, Map<String, String> conf) {
        return ClientSettings.from(GoldConfig.of(conf), "sss").host(host).port(port);
    }

    static Response ok(Request r) {
        return Response.success("000", "", 1, List.of(new Row.Builder("User").put("Name", r.actor()).build()))
                .withActor("gold");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedConnectionBecomesTheClassic222Failure() throws IOException {
        Response r = new GoldClient(settings("127.0.0.1", freePort(), Map.of())).send(QUERY);
        assertEquals("222", r.code());
        assertEquals("Failed sending message: (Unable to connect to socket (Connection refused)).", r.message());
        assertEquals(22, r.exitStatus());
    }

    @Test
    void badHostAndPortAreRejectedBeforeConnecting() {
        Response host = new GoldClient(settings("bad host!", 7112, Map.of())).send(QUERY);
        assertEquals("212", host.code());
        assertEquals("Failed sending message: (Invalid characters were found in server.host (bad host!)\n).",
                host.message());
        Response port = new GoldClient(settings("localhost", 1, Map.of()).port("71x2")).send(QUERY);
        assertEquals("214", port.code());
        assertEquals("Failed sending message: (server.port must be an integer number (localhost)\n).", port.message());
    }

    @Test
    void signedRequestRoundTripsThroughServerSecurity() throws IOException {
        for (String mode : List.of("legacy", "gs2")) {
            for (String enc : List.of("false", "true")) {
                try (TestServer s = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
                    Response r = new GoldClient(settings("127.0.0.1", s.port(),
                            Map.of("security.mode", mode, "security.encryption", enc))).send(QUERY);
                    assertEquals("000", r.code(), mode + "/" + enc + ": " + r.message() + s.rejected);
                    assertEquals("amy", r.data().get(0).get("Name"));
                    assertEquals(QUERY.conditions(), s.received.get(0).conditions());
                }
            }
        }
    }

    @Test
    void passwordTokenRequestsWorkWithEncryptionInBothSuites() throws IOException {
        for (String mode : List.of("legacy", "gs2")) {
            try (TestServer s = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
                ClientSettings c = settings("127.0.0.1", s.port(), Map.of("security.mode", mode,
                        "security.encryption", "true")).passwordToken("amy", "amysecret1");
                Response r = new GoldClient(c).send(QUERY);
                assertEquals("000", r.code(), mode + ": " + r.message() + s.rejected);
            }
        }
    }

    @Test
    void sendAllReturnsEveryChunkAndSendOnlyTheFirst() throws IOException {
        List<Response> chunks = List.of(ok(QUERY).withChunk(1, -1), ok(QUERY).withChunk(2, -1), ok(QUERY).withChunk(3, 0));
        try (TestServer s = new TestServer("127.0.0.1", 0, server(Map.of()), r -> chunks, null)) {
            GoldClient c = new GoldClient(settings("127.0.0.1", s.port(), Map.of("security.mode", "gs2")));
            List<Response> all = c.sendAll(QUERY);
            assertEquals(3, all.size());
            assertEquals(List.of(1, 2, 3), all.stream().map(Response::chunkNum).toList());
            assertEquals(0, all.get(2).chunkMax());
            assertEquals(1, c.send(QUERY).chunkNum());
        }
    }

    @Test
    void connectFailureFailsOverToTheBackupOnTheSamePort() throws IOException {
        try (TestServer backup = new TestServer("127.0.0.2", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
            ClientSettings c = settings("127.0.0.1", backup.port(), Map.of()).backup("127.0.0.2");
            Response r = new GoldClient(c).send(QUERY);
            assertEquals("000", r.code(), r.message());
            assertEquals(1, backup.received.size());
        }
    }

    @Test
    void databaseUnavailableReplyFailsOverOnce() throws IOException {
        Response down = Response.failure("730", "Failed obtaining database connection: down");
        try (TestServer backup = new TestServer("127.0.0.2", 0, server(Map.of()), r -> List.of(down), null);
             TestServer primary = new TestServer("127.0.0.1", backup.port(), server(Map.of()), r -> List.of(down), null)) {
            Response r = new GoldClient(settings("127.0.0.1", primary.port(), Map.of()).backup("127.0.0.2")
                    .failoverWait(Duration.ZERO)).send(QUERY);
            assertEquals("730", r.code());
            assertEquals(1, primary.received.size());
            assertEquals(1, backup.received.size());
        }
    }

    @Test
    void silentServerEndsAtTheReplyDeadlineWithOutcomeUnknown() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            ClientSettings c = settings("127.0.0.1", silent.getLocalPort(), Map.of()).replyTimeout(Duration.ofMillis(300));
            long t0 = System.nanoTime();
            Response r = new GoldClient(c).send(QUERY);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("250", r.code(), r.message());
            assertEquals("Failed receiving reply: (Client timed out trying to read from server).", r.message());
            assertTrue(ms >= 250 && ms < 5000, "elapsed " + ms);
        }
    }

    @Test
    void serverRejectionIsShownWithItsCode() throws IOException {
        try (TestServer s = new TestServer("127.0.0.1", 0, server(Map.of()), r -> List.of(ok(r)), null)) {
            Response r = new GoldClient(settings("127.0.0.1", s.port(), Map.of()).authKey("wrong")).send(QUERY);
            assertEquals("424", r.code());
            assertEquals("Failed authenticating message: (Incoming MAC does not match calculated MAC).", r.message());
        }
    }
}
