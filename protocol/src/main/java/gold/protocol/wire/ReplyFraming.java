package gold.protocol.wire;

import gold.protocol.Code;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The exact reply bytes of the classic server (docs/protocol.md, Reply framing): the 88-byte header, each chunk as
 * {@code <HEX>\r\n<payload>} with no CRLF after the data, and {@code 0\r\n} at the end.
 */
public final class ReplyFraming {
    private static final String HEADER_TEXT = "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";
    static final byte[] TERMINATOR = {'0', '\r', '\n'};

    private ReplyFraming() {
    }

    /** The 88-byte header with status line {@code HTTP/1.1 200 OK}. */
    public static byte[] header() {
        return HEADER_TEXT.getBytes(StandardCharsets.US_ASCII);
    }

    /** The header with another status (receive-error replies, docs/protocol.md, Receive-phase errors), e.g. "405 Method Not Allowed". */
    public static byte[] header(String status) {
        return HEADER_TEXT.replace("200 OK", status).getBytes(StandardCharsets.US_ASCII);
    }

    /** The final {@code 0\r\n}. */
    public static byte[] terminator() {
        return TERMINATOR.clone();
    }

    /** One chunk: size line and payload. */
    public static byte[] chunk(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 10);
        out.writeBytes(RequestFraming.sizeLine(payload.length));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** A whole reply: header, every chunk, terminator. */
    public static byte[] reply(List<byte[]> payloads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header());
        for (byte[] p : payloads) {
            out.writeBytes(chunk(p));
        }
        out.writeBytes(TERMINATOR);
        return out.toByteArray();
    }

    /**
     * The HTTP status for a receive-phase failure (the classic Reply.pm mapping; docs/protocol.md, Reply framing): 242 "Invalid URI" is
     * 404, "Invalid Method" 405, other "Invalid..." 412, any other 242 400; everything else 200 OK.
     */
    public static String statusFor(String code, String message) {
        if (!Code.MALFORMED.code().equals(code)) {
            return "200 OK";
        }
        if (message.startsWith("Invalid URI:")) {
            return "404 Not Found";
        }
        if (message.startsWith("Invalid Method:")) {
            return "405 Method Not Allowed";
        }
        return message.startsWith("Invalid") ? "412 Precondition Failed" : "400 Bad Request";
    }
}
