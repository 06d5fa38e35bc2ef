package gold.protocol.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The client's reply reader reads peers' framing variants (docs/protocol.md, Reply framing): Moab-style chunk
 * extensions after the size, RFC-style CRLF after chunk data and trailers after the last chunk, LF-only
 * lines, lower-case hex, extra headers and another status text; and still refuses what is not a reply.
 */
class ReplyReaderTest {
    static final String HEAD = new String(ReplyFraming.header(), StandardCharsets.US_ASCII);

    @Test
    void moabStyleChunkExtensionsAreIgnored() throws IOException {
        assertEquals(List.of("<a/>\n", "<bb/>\n"), chunks(HEAD + "5;\r\n<a/>\n6; name=value\r\n<bb/>\n0;\r\n"));
    }

    @Test
    void rfcCrlfAfterDataAndTrailersAfterTheLastChunkAreTolerated() throws IOException {
        assertEquals(List.of("<a/>\n", "<bb/>\n"),
                chunks(HEAD + "5\r\n<a/>\n\r\n6\r\n<bb/>\n\r\n0\r\nX-Checksum: 1234\r\nX-More: yes\r\n\r\n"));
    }

    @Test
    void lfOnlyLinesLowerCaseHexAndExtraHeadersAreRead() throws IOException {
        String head = "HTTP/1.0 200 Fine\nServer: moab\nContent-Type: text/xml; charset=\"utf-8\"\nX-Extra: 1\n"
                + "Transfer-Encoding: chunked\n\n";
        ReplyReader r = reader(head + "a\n0123456789f\nabcdefghijklmno0\n");
        assertEquals("200 Fine", r.readHeader());
        assertEquals("0123456789", new String(r.nextChunk().orElseThrow(), StandardCharsets.US_ASCII));
        assertEquals("abcdefghijklmno", new String(r.nextChunk().orElseThrow(), StandardCharsets.US_ASCII));
        assertTrue(r.nextChunk().isEmpty());
    }

    @Test
    void whatIsNotAReplyIsRefusedWithItsCode() throws IOException {
        assertEquals("246", assertThrows(GoldException.class, () -> reader("").readHeader()).code());
        ReplyReader noSize = reader(HEAD + "zz\r\n<a/>\n");
        noSize.readHeader();
        assertEquals("242", assertThrows(GoldException.class, noSize::nextChunk).code());
        ReplyReader tooBig = new ReplyReader(new ByteArrayInputStream((HEAD + "FFFFFF\r\n").getBytes(StandardCharsets.US_ASCII)),
                FrameLimits.defaults().withMaxPayload(1024));
        tooBig.readHeader();
        assertEquals("242", assertThrows(GoldException.class, tooBig::nextChunk).code());
        ReplyReader cut = reader(HEAD + "10\r\n<a/>");
        cut.readHeader();
        assertEquals("226", assertThrows(GoldException.class, cut::nextChunk).code());
    }

    private static List<String> chunks(String wire) throws IOException {
        ReplyReader r = reader(wire);
        assertEquals("200 OK", r.readHeader());
        List<String> out = new ArrayList<>();
        Optional<byte[]> c;
        while ((c = r.nextChunk()).isPresent()) {
            out.add(new String(c.get(), StandardCharsets.US_ASCII));
        }
        return out;
    }

    private static ReplyReader reader(String wire) {
        return new ReplyReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.US_ASCII)), FrameLimits.defaults());
    }
}
