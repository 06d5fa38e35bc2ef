package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * server.connections.unauthenticated.max on the built tree: silent peers beyond the cap push the oldest
 * ones out at once (long before server.timeout), and a real client arriving while the cap is full is
 * served, evicting the oldest silent peer in its turn.
 */
class UnauthenticatedCapTest {
    private static final int CAP = 4;
    private static final int SILENT = 12;

    @Test
    void aRealClientIsServedWhileTheCapIsFullOfSilentPeers() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1", "server.timeout", "60",
                "server.connections.unauthenticated.max", Integer.toString(CAP)))) {
            gold.start();
            Request query = Request.builder("System", "Query").actor(Installation.admin()).build();
            assertEquals("000", gold.client().send(query).code(), "warm-up");
            List<Socket> peers = new ArrayList<>();
            try {
                for (int i = 0; i < SILENT; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", gold.port()), 5000);
                    peers.add(s);
                }
                for (int i = 0; i < SILENT - CAP; i++) {
                    assertTrue(closedWithin(peers.get(i), 10_000), "silent peer " + i + " was dropped at the cap");
                }
                for (int i = SILENT - CAP; i < SILENT; i++) {
                    assertTrue(!closedWithin(peers.get(i), 300), "the newest " + CAP + " silent peers stay (peer " + i + ")");
                }
                long t0 = System.nanoTime();
                Response r = gold.client().send(query);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals("000", r.code(), r.toString());
                assertTrue(ms < 10_000, "served in " + ms + " ms, not after a deadline of 60 s");
                assertTrue(closedWithin(peers.get(SILENT - CAP), 10_000), "the client pushed out the oldest silent peer");
                for (int i = SILENT - CAP + 1; i < SILENT; i++) {
                    assertTrue(!closedWithin(peers.get(i), 300), "silent peer " + i + " is still within the cap");
                }
            } finally {
                for (Socket s : peers) {
                    s.close();
                }
            }
        }
    }

    /** True when the server closed the connection within the time (EOF or reset), false if it is still open. */
    private static boolean closedWithin(Socket s, int ms) throws IOException {
        s.setSoTimeout(ms);
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
