package gold.protocol.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The exact request bytes the classic Perl client writes (docs/protocol.md, Request framing): fixed header, upper-case
 * hex size, the payload, then {@code 0\r\n} directly after the payload's last byte.
 */
public final class RequestFraming {
    /** The request header block, byte for byte. */
    public static final String HEADER = "POST /SSSRMAP3 HTTP/1.1\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n";

    private RequestFraming() {
    }

    public static byte[] frame(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 128);
        out.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(sizeLine(payload.length));
        out.writeBytes(payload);
        out.writeBytes(ReplyFraming.TERMINATOR);
        return out.toByteArray();
    }

    /** {@code <HEX>\r\n}, upper case, no leading zeros. */
    static byte[] sizeLine(int size) {
        return (Integer.toHexString(size).toUpperCase(Locale.ROOT) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
