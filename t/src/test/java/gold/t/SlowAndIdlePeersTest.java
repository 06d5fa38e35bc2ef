package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 idle connections and slow-loris peers (one byte every second, like OpenSSH's login-timeout
 * test) cost the server one virtual thread each: a real request still completes within 3x its
 * unloaded median, and every idle or slow connection is cut at its deadline (server.timeout = 3 s).
 */
class SlowAndIdlePeersTest {
    private static final int IDLE = 1000;
    private static final int SLOW = 20;
    private static final long DEADLINE_MS = 3000;

    @Test
    void idleAndSlowPeersAreCutAtTheirDeadlineWithoutSlowingOthers() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "2", "server.timeout", "3"))) {
            gold.start();
            GoldClient client = gold.client();
            Request query = Request.builder("System", "Query").actor(Installation.admin()).build();
            for (int i = 0; i < 20; i++) {
                assertEquals("000", client.send(query).code()); // warm up both workers
            }
            long unloaded = median(client, query, 31);

            ConcurrentLinkedQueue<Long> cutAfter = new ConcurrentLinkedQueue<>();
            List<Thread> peers = new ArrayList<>();
            List<Socket> sockets = new ArrayList<>();
            long opened = System.nanoTime();
            for (int i = 0; i < IDLE; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", gold.port()), 5000);
                sockets.add(s);
                long t0 = System.nanoTime();
                peers.add(Thread.ofVirtual().start(() -> cutAfter.add(waitForClose(s, t0))));
            }
            for (int i = 0; i < SLOW; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", gold.port()), 5000);
                sockets.add(s);
                long t0 = System.nanoTime();
                peers.add(Thread.ofVirtual().start(() -> cutAfter.add(trickle(s, t0))));
            }
            long openMs = (System.nanoTime() - opened) / 1_000_000;

            long loaded = median(client, query, 31);
            System.out.printf("unloaded median %d us, with %d idle + %d slow peers %d us (opened in %d ms)%n",
                    unloaded / 1000, IDLE, SLOW, loaded / 1000, openMs);
            // 3x the unloaded median, with a 20 ms floor for scheduling noise on a 2-core machine
            assertTrue(loaded <= Math.max(3 * unloaded, 20_000_000L),
                    "loaded median " + loaded / 1000 + " us vs unloaded " + unloaded / 1000 + " us");

            for (Thread t : peers) {
                t.join(30_000);
            }
            sockets.forEach(SlowAndIdlePeersTest::closeQuietly);
            assertEquals(IDLE + SLOW, cutAfter.size(), "every peer was cut");
            long[] cuts = cutAfter.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("cut after %d..%d ms (deadline %d ms)%n", cuts[0], cuts[cuts.length - 1], DEADLINE_MS);
            assertTrue(cuts[0] >= DEADLINE_MS - 100, "cut too early: " + cuts[0] + " ms");
            assertTrue(cuts[cuts.length - 1] <= DEADLINE_MS + openMs + 3000, "cut too late: " + Arrays.toString(
                    Arrays.copyOfRange(cuts, Math.max(0, cuts.length - 5), cuts.length)));
            assertEquals("000", client.send(query).code(), "still serving afterwards");
        }
    }

    private static long median(GoldClient client, Request query, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Response r = client.send(query);
            t[i] = System.nanoTime() - t0;
            assertEquals("000", r.code(), r.toString());
        }
        Arrays.sort(t);
        return t[n / 2];
    }

    /** Milliseconds until the server closed a connection that never sent anything. */
    private static long waitForClose(Socket s, long t0) {
        try (InputStream in = s.getInputStream()) {
            while (in.read() >= 0) {
                // a reply to nothing is not expected; keep reading until the close
            }
        } catch (IOException e) {
            // a reset counts as the cut too
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Sends a request one byte per second until the server cuts the connection. */
    private static long trickle(Socket s, long t0) {
        byte[] request = "POST /SSSRMAP3 HTTP/1.1\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = s.getOutputStream()) {
            for (int i = 0; i < 60; i++) {
                out.write(request[i % request.length]);
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            return (System.nanoTime() - t0) / 1_000_000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Long.MAX_VALUE;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing a cut connection may fail; it is gone either way
        }
    }
}
