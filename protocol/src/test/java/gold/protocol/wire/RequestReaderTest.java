package gold.protocol.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gold.protocol.GoldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
    static final String PAYLOAD = "<?xml version=\"1.0\"?>\n<Envelope></Envelope>\n";
    static final String HEAD = "POST /SSSRMAP3 HTTP/1.1\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";

    static byte[] read(String wire) throws IOException {
        return read(wire, FrameLimits.defaults());
    }

    static byte[] read(String wire, FrameLimits limits) throws IOException {
        return RequestReader.read(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), limits);
    }

    static String size() {
        return Integer.toHexString(PAYLOAD.length());
    }

    @Test
    void acceptsEveryClientVariant() throws IOException {
        byte[] p = PAYLOAD.getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(p, read(HEAD + size().toUpperCase() + "\r\n" + PAYLOAD + "0\r\n"));
        assertArrayEquals(p, read(HEAD + size() + "\r\n" + PAYLOAD + "\r\n0\r\n\r\n"));
        assertArrayEquals(p, read(HEAD.replace("chunked\r\n", "chunked;\r\n") + size() + "\r\n" + PAYLOAD + "\r\n\0"));
        assertArrayEquals(p, read(HEAD.replace("\r\n", "\n") + size() + ";ext=1\n" + PAYLOAD));
        assertArrayEquals(p, read(HEAD.replace("Content-Type", "content-type").replace("HTTP/1.1", "HTTP/1.0")
                + size() + "\r\n" + PAYLOAD));
    }

    @Test
    void classicTokenRulesGive242WithTheClassicTexts() {
        assertEquals("Invalid Method: GET (should be POST).", fail(HEAD.replace("POST", "GET")).getMessage());
        assertEquals("Invalid URI: /x (should be /SSSRMAP3).", fail(HEAD.replace("/SSSRMAP3", "/x")).getMessage());
        assertEquals("Invalid Content-Type:  (should be text/xml).",
                fail(HEAD.replace("Content-Type: text/xml; charset=\"utf-8\"", "Content-Type:text/xml")).getMessage());
        assertEquals("Invalid Content-Type: text/html (should be text/xml).",
                fail(HEAD.replace("text/xml", "text/html")).getMessage());
        assertEquals("Invalid Transfer-Encoding: UNDEFINED (should be chunked).",
                fail(HEAD.replace("Transfer-Encoding: chunked\r\n", "")).getMessage());
    }

    private static GoldException fail(String head) {
        GoldException e = assertThrows(GoldException.class, () -> read(head + size() + "\r\n" + PAYLOAD + "0\r\n"));
        assertEquals("242", e.code());
        return e;
    }

    @Test
    void emptyConnectionIs243() {
        GoldException e = assertThrows(GoldException.class, () -> read(""));
        assertEquals("243", e.code());
        assertEquals("Null connection received.", e.getMessage());
    }

    @Test
    void overlongLineIsRefusedWithoutReadingItAll() {
        FrameLimits limits = new FrameLimits(100, 4, 1000);
        CountingStream in = new CountingStream(("POST /SSSRMAP3 " + "x".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII));
        GoldException e = assertThrows(GoldException.class, () -> RequestReader.read(in, limits));
        assertEquals("242", e.code());
        assertEquals(true, in.consumed <= 101, "consumed " + in.consumed);
    }

    @Test
    void tooManyHeaderLinesAre242() {
        FrameLimits limits = new FrameLimits(100, 4, 1000);
        GoldException e = assertThrows(GoldException.class, () -> read(HEAD.replace("\r\n\r\n", "\r\n"
                + "X: y\r\n".repeat(5) + "\r\n") + size() + "\r\n" + PAYLOAD, limits));
        assertEquals("242", e.code());
    }

    @Test
    void oversizedPayloadIsRefusedBeforeReadingOrAllocating() {
        FrameLimits limits = new FrameLimits(100, 4, 1000);
        CountingStream in = new CountingStream((HEAD + "FFFFFFFFFFFFFFFFFFFF\r\n").getBytes(StandardCharsets.US_ASCII));
        GoldException e = assertThrows(GoldException.class, () -> RequestReader.read(in, limits));
        assertEquals("Message too large (limit 1000 bytes).", e.getMessage());
        assertThrows(GoldException.class, () -> read(HEAD + "3E9\r\n" + "x".repeat(2000), limits));
    }

    @Test
    void truncatedPayloadIs242() {
        GoldException e = assertThrows(GoldException.class, () -> read(HEAD + "100\r\n<Envelope>"));
        assertEquals("242", e.code());
        assertEquals("Incomplete message (10 of 256 bytes received).", e.getMessage());
    }

    @Test
    void trailerIsLeftForTheCallerAndDrainedBounded() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream((HEAD + size() + "\r\n" + PAYLOAD + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        RequestReader.read(in, FrameLimits.defaults());
        assertEquals(7, RequestReader.drain(in, 1024));
        assertEquals(0, RequestReader.drain(in, 1024));
        assertEquals(10, RequestReader.drain(new ByteArrayInputStream(new byte[100]), 10));
    }

    /** Counts the bytes a reader pulled. */
    static final class CountingStream extends InputStream {
        private final byte[] data;
        int consumed;

        CountingStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return consumed < data.length ? data[consumed++] & 0xFF : -1;
        }
    }
}
