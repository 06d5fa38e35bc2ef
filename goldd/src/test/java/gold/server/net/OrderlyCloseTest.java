package gold.server.net;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import gold.protocol.client.RequestSealer;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.security.PasswordLookup;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestFraming;
import gold.server.engine.RequestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.UncheckedIOException;

/**
 * Every reply ends in an orderly close: a client that reads 200 ms late gets the whole Failure reply of
 * each receive-phase refusal and then end of stream, never a connection reset (the server drains what
 * the request still had to send before closing). A peer that sends without end is cut all the same.
 */
class OrderlyCloseTest {
    private static final String HEADER = "POST /SSSRMAP3 HTTP/1.1\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    private static final int TIMEOUT_S = 3;
    private static final int MAX_MESSAGE = 4096;
    private static int port;
    private static Worker worker;
    private static Thread serving;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        GoldConfig conf = GoldConfig.of(Map.of("server.port", Integer.toString(port), "server.timeout",
                Integer.toString(TIMEOUT_S), "server.message.max", Integer.toString(MAX_MESSAGE),
                "server.shutdown.timeout", "2"));
        RequestService echo = (request, sink) -> {
            try {
                sink.send(Response.success("served"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        worker = new Worker(conf, "sss", echo, PasswordLookup.none(), new InMemoryReplayGuard(), "gold");
        serving = Thread.ofPlatform().start(worker::serve);
    }

    @AfterAll
    static void stop() throws Exception {
        worker.stop();
        serving.join(10_000);
    }

    @Test
    void aWrongKeyIsAnsweredWholeThenClosedInOrder() throws Exception {
        byte[] payload = new RequestSealer(ClientSettings.from(GoldConfig.empty(), "not-the-key"), new SecureRandom())
                .seal(Request.builder("User", "Query").actor("amy").build()).payload();
        assertOrderlyFailure(RequestFraming.frame(payload), false, "424");
    }

    @Test
    void malformedXmlIsAnsweredWholeThenClosedInOrder() throws Exception {
        assertOrderlyFailure(RequestFraming.frame("<Envelope><Body><Request".getBytes(StandardCharsets.UTF_8)), false, "242");
    }

    @Test
    void aBadHeaderIsAnsweredWholeThenClosedInOrder() throws Exception {
        byte[] wire = ("POST /elsewhere HTTP/1.1\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "10\r\n0123456789abcdef\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertOrderlyFailure(wire, false, "242");
    }

    @Test
    void anOversizedMessageIsAnsweredWholeThenClosedInOrder() throws Exception {
        // announced and really sent: 64 KiB where 4 KiB are allowed
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes((HEADER + "10000\r\n").getBytes(StandardCharsets.US_ASCII));
        wire.writeBytes("x".repeat(0x10000).getBytes(StandardCharsets.US_ASCII));
        wire.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertOrderlyFailure(wire.toByteArray(), false, "242");
    }

    @Test
    void aTruncatedMessageIsAnsweredWholeThenClosedInOrder() throws Exception {
        byte[] wire = (HEADER + "200\r\n<?xml version=\"1.0\"?>\n<Envelope>").getBytes(StandardCharsets.US_ASCII);
        assertOrderlyFailure(wire, true, "242");
    }

    @Test
    void aServedRequestIsClosedInOrderToo() throws Exception {
        byte[] payload = new RequestSealer(ClientSettings.from(GoldConfig.empty(), "sss"), new SecureRandom())
                .seal(Request.builder("User", "Query").actor("amy").build()).payload();
        try (Socket s = connect()) {
            s.getOutputStream().write(RequestFraming.frame(payload));
            s.getOutputStream().flush();
            Thread.sleep(200);
            byte[] all = s.getInputStream().readAllBytes();
            assertTrue(new String(all, StandardCharsets.UTF_8).contains("served"));
        }
    }

    @Test
    void aPeerSendingWithoutEndIsCutAfterTheDrainAndTheWorkerServesOn() throws Exception {
        long started = System.nanoTime();
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write((HEADER + "7FFFFFF0\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            // the server refuses at once, drains at most its bound, then closes: the writes fail
            assertThrows(IOException.class, () -> {
                while (System.nanoTime() - started < 60_000_000_000L) {
                    out.write(block);
                }
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < TIMEOUT_S + 10, "cut within the read deadline, not after " + seconds + " s");
        GoldClient client = new GoldClient(ClientSettings.from(GoldConfig.empty(), "sss").host("127.0.0.1").port(port));
        Response next = client.send(Request.builder("User", "Query").actor("amy").build());
        assertEquals("000", next.code(), next.toString());
    }

    /**
     * Sends the whole request (then, for a truncated one, half-closes), reads only after 200 ms: the
     * reply must be there whole, followed by end of stream, with no reset on the way.
     */
    private static void assertOrderlyFailure(byte[] wire, boolean halfClose, String code) throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream().write(wire);
            s.getOutputStream().flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            Thread.sleep(200);
            InputStream in = s.getInputStream();
            byte[] all = in.readAllBytes(); // a reset throws "Connection reset" here
            ReplyReader reader = new ReplyReader(new ByteArrayInputStream(all), FrameLimits.defaults());
            reader.readHeader();
            String reply = new String(reader.nextChunk().orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(reply.contains("<Value>Failure</Value><Code>" + code + "</Code>"), reply);
            assertTrue(reader.nextChunk().isEmpty(), "the whole reply, up to its last chunk");
            assertEquals(-1, in.read(), "an orderly end of stream");
        }
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(20_000);
        return s;
    }
}
