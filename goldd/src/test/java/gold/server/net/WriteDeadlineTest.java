package gold.server.net;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Status;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import gold.protocol.client.RequestSealer;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.security.PasswordLookup;
import gold.protocol.wire.RequestFraming;
import gold.server.engine.ReplySink;
import gold.server.engine.RequestService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that asks for a large reply and never reads it: the worker cuts the connection when the
 * write deadline (server.timeout) passes, and serves the next request as before.
 */
class WriteDeadlineTest {
    private static final int TIMEOUT_S = 2;
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final int CHUNKS = 4096; // 256 MiB: far more than any socket buffer holds

    /** Big Query streams CHUNKS chunks and records when the sink failed; anything else is one small chunk. */
    static final class Service implements RequestService {
        final CompletableFuture<long[]> cut = new CompletableFuture<>(); // {ms from first write to failure, bytes sent}

        @Override
        public void serve(Request request, ReplySink sink) {
            if (!request.object().equals("Big")) {
                send(sink, Response.success("small"), true);
                return;
            }
            Row row = new Row("Big", List.of(new Row.Field("Pad", "x".repeat(CHUNK_BYTES))));
            long t0 = System.nanoTime();
            long bytes = 0;
            try {
                for (int k = 1; k <= CHUNKS; k++) {
                    sink.send(new Response(Status.Success, "000", "", 1, List.of(row), k, k == CHUNKS ? 0 : -1, "", ""),
                            k == CHUNKS);
                    bytes += CHUNK_BYTES;
                }
                cut.complete(new long[]{-1, bytes});
            } catch (IOException e) {
                cut.complete(new long[]{(System.nanoTime() - t0) / 1_000_000, bytes});
            }
        }

        private static void send(ReplySink sink, Response r, boolean last) {
            try {
                sink.send(r, last);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aClientThatNeverReadsIsCutAtTheWriteDeadlineAndTheWorkerServesOn() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        GoldConfig conf = GoldConfig.of(Map.of("server.port", Integer.toString(port), "server.timeout",
                Integer.toString(TIMEOUT_S), "server.shutdown.timeout", "2"));
        Service service = new Service();
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ConnectionHandler.class.getName());
        log.addHandler(capture);
        Worker worker = new Worker(conf, "sss", service, PasswordLookup.none(), new InMemoryReplayGuard(), "gold");
        Thread serving = Thread.ofPlatform().start(worker::serve);
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(64 * 1024);
            stalled.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            byte[] payload = new RequestSealer(ClientSettings.from(GoldConfig.empty(), "sss"), new SecureRandom())
                    .seal(Request.builder("Big", "Query").actor("amy").chunking(true).build()).payload();
            stalled.getOutputStream().write(RequestFraming.frame(payload));
            stalled.getOutputStream().flush();
            // never read: the reply piles up in the socket buffers until the server's write blocks

            long[] cut = service.cut.get(TIMEOUT_S + 20, TimeUnit.SECONDS);
            System.out.printf("write cut after %d ms, %d KiB accepted by the socket buffers%n", cut[0], cut[1] / 1024);
            assertTrue(cut[0] >= 0, "the reply must not have been written completely: " + cut[1] + " bytes");
            assertTrue(cut[1] < (long) CHUNKS * CHUNK_BYTES, "cut before the end");
            // armed just before the first write; 100 ms early allows for the timer's granularity, the
            // upper bound for a loaded 2-core machine
            assertTrue(cut[0] >= TIMEOUT_S * 1000L - 100, "cut too early: " + cut[0] + " ms");
            assertTrue(cut[0] <= TIMEOUT_S * 1000L + 1500, "cut too late: " + cut[0] + " ms");
            Poll.until(() -> warnings.stream().anyMatch(m -> m.contains("cut at its write deadline of " + TIMEOUT_S + " s")), 5000);

            GoldClient client = new GoldClient(ClientSettings.from(GoldConfig.empty(), "sss").host("127.0.0.1").port(port));
            for (int i = 0; i < 3; i++) {
                Response next = client.send(Request.builder("Small", "Query").actor("amy").build());
                assertEquals("000", next.code(), next.toString());
                assertEquals("small", next.message());
            }
        } finally {
            worker.stop();
            serving.join(10_000);
            log.removeHandler(capture);
        }
        assertTrue(!serving.isAlive(), "the worker stopped: no connection left hanging");
    }

    /** Polls a condition (the log record is written by the connection's thread after the sink failed). */
    static final class Poll {
        interface Check {
            boolean ok();
        }

        static void until(Check check, long ms) throws InterruptedException {
            long until = System.currentTimeMillis() + ms;
            while (!check.ok()) {
                if (System.currentTimeMillis() > until) {
                    throw new AssertionError("timed out waiting for the deadline's log record");
                }
                Thread.sleep(20);
            }
        }
    }
}
