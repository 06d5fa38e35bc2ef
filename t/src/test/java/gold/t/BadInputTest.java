package gold.t;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestFraming;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input against the real server: each gets a clear error with its code, a log line, and leaves
 * the database untouched (the transaction journal does not grow).
 */
class BadInputTest {
    private static final String HEADER = "POST /SSSRMAP3 HTTP/1.1\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    private static Installation gold;

    @BeforeAll
    static void start() throws Exception {
        gold = Installation.create(Map.of("server.workers", "1", "server.timeout", "3"));
        gold.start();
    }

    @AfterAll
    static void stop() {
        gold.close();
    }

    @Test
    void malformedXmlIsAnswered242() throws Exception {
        assertRefused(frame("<Envelope><Body><Request action=\"Query\"".getBytes(StandardCharsets.UTF_8)), "242",
                "The message is malformed");
    }

    @Test
    void aWrongKeyIsAnswered424() throws Exception {
        ClientSettings wrong = ClientSettings.from(GoldConfig.load(gold.home().resolve("etc/gold.conf")),
                "not-the-key");
        byte[] payload = new RequestSealer(wrong, new SecureRandom())
                .seal(Request.builder("User", "Create").actor(Installation.admin()).set("Name", "mallory").build()).payload();
        assertRefused(RequestFraming.frame(payload), "424", "Failed authenticating message");
        assertEquals("", gold.run("glsuser", "--quiet", "mallory").stdout(), "nothing created");
    }

    @Test
    void anOversizedMessageIsRefusedBeforeItIsRead() throws Exception {
        byte[] wire = (HEADER + "7FFFFFF0\r\n<Envelope>").getBytes(StandardCharsets.US_ASCII);
        assertRefused(wire, "242", "");
    }

    @Test
    void aTruncatedMessageIsCutAndLogged() throws Exception {
        long before = journalSize();
        byte[] wire = (HEADER + "200\r\n<?xml version=\"1.0\"?>\n<Envelope>").getBytes(StandardCharsets.US_ASCII);
        try (Socket s = connect()) {
            s.getOutputStream().write(wire);
            s.shutdownOutput();
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.isEmpty() || reply.contains("<Code>242</Code>"), reply);
        }
        assertEquals(before, journalSize());
        assertLogged("from /127.0.0.1");
    }

    @Test
    void anUnknownObjectIs740AndABadOptionIsUsage() throws Exception {
        Installation.Result r = gold.run("goldsh", "Frobnicate Query");
        assertEquals("Frobnicate is not a valid object\n", r.stdout(), r.toString());
        assertEquals(74, r.exit());
        Installation.Result usage = gold.run("glsuser", "--frob");
        assertEquals(2, usage.exit(), usage.toString());
        assertTrue(usage.stderr().startsWith("Unknown option: frob\n"), usage.toString());
    }

    private static void assertRefused(byte[] wire, String code, String text) throws Exception {
        long before = journalSize();
        try (Socket s = connect()) {
            s.getOutputStream().write(wire);
            s.getOutputStream().flush();
            // a client that reads late still gets the whole reply, then an orderly end (no reset)
            Thread.sleep(200);
            ReplyReader reader = new ReplyReader(s.getInputStream(), FrameLimits.defaults());
            reader.readHeader();
            String reply = new String(reader.nextChunk().orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(reply.contains("<Value>Failure</Value><Code>" + code + "</Code>"), reply);
            assertTrue(reply.contains(text), reply);
            assertTrue(reader.nextChunk().isEmpty(), "the reply ends with its last chunk");
            assertEquals(-1, s.getInputStream().read(), "end of stream");
        }
        assertEquals(before, journalSize(), "nothing written");
        assertLogged(code);
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", gold.port()), 5000);
        s.setSoTimeout(20_000);
        return s;
    }

    private static byte[] frame(byte[] payload) {
        return RequestFraming.frame(payload);
    }

    /** Rows of the Transaction journal, as the administrator sees them. */
    private static long journalSize() throws IOException {
        Response r = gold.client().send(Request.builder("Transaction", "Query").actor(Installation.admin())
                .get(new Selection("", "Id", "Count", "")).build());
        assertEquals("000", r.code(), r.toString());
        return Long.parseLong(r.data().get(0).fields().get(0).value());
    }

    private static void assertLogged(String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Files.readString(gold.home().resolve("log/goldd.worker1.log")).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line with " + text + " in\n" + gold.log());
    }
}
