package gold.protocol.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkedReplyWriterTest {
    /** Records each write call separately. */
    static final class Writes extends OutputStream {
        final List<String> writes = new ArrayList<>();

        @Override
        public void write(int b) {
            writes.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(new String(b, off, len, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void everyPayloadLeavesTogetherWithTheNextSizeLine() throws Exception {
        // the classic Perl client reads later size lines non-blocking (client_multichunk_timing.json):
        // a size line must never be the first bytes of a separate, later write
        Map<String, Object> timing = Vectors.json("client_multichunk_timing.json");
        assertEquals("226", Json.obj(Json.arr(timing.get("second_chunk_sent_1s_late")).get(1)).get("error_code"));
        Writes out = new Writes();
        ChunkedReplyWriter w = new ChunkedReplyWriter(out);
        w.send("<a/>\n".getBytes(StandardCharsets.US_ASCII), false);
        w.send("<bb/>\n".getBytes(StandardCharsets.US_ASCII), false);
        w.send("<c/>\n".getBytes(StandardCharsets.US_ASCII), true);
        assertEquals(List.of(new String(ReplyFraming.header(), StandardCharsets.US_ASCII) + "5\r\n",
                "<a/>\n6\r\n", "<bb/>\n5\r\n", "<c/>\n0\r\n"), out.writes);
        assertTrue(w.finished());
        assertThrows(IllegalStateException.class, () -> w.send(new byte[1], true));
    }

    @Test
    void receiveErrorHeaderUsesTheReplyPmStatus() {
        assertEquals("405 Method Not Allowed", ReplyFraming.statusFor("242", "Invalid Method: GET (should be POST)."));
        assertEquals("404 Not Found", ReplyFraming.statusFor("242", "Invalid URI: /x (should be /SSSRMAP3)."));
        assertEquals("412 Precondition Failed", ReplyFraming.statusFor("242", "Invalid Content-Type: x (should be text/xml)."));
        assertEquals("400 Bad Request", ReplyFraming.statusFor("242", "The message is malformed\nx"));
        assertEquals("200 OK", ReplyFraming.statusFor("424", "Failed authenticating message: (x)."));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ReplyFraming.header("405 Method Not Allowed"));
        assertTrue(b.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
    }
}
