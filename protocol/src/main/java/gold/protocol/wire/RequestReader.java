package gold.protocol.wire;

import gold.protocol.Code;
import gold.protocol.GoldException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one request as our server must (docs/protocol.md, Request framing): the classic token rules for the request
 * line and headers, every client variant of 2.1 (trailing ';', LF-only lines, lower-case hex, chunk
 * extensions), and hard limits. Returns the payload as soon as its bytes are in; the trailer is left
 * in the stream for the caller to drain. Failures are 242, or 243 for an empty connection; I/O errors
 * (timeouts included) propagate as IOException.
 */
public final class RequestReader {
    private RequestReader() {
    }

    public static byte[] read(InputStream in, FrameLimits limits) throws IOException {
        LineReader lines = new LineReader(in, limits.maxLineBytes());
        String requestLine = lines.read();
        if (lines.end() == LineReader.End.EOF && !lines.sawAnyByte()) {
            throw Code.NULL_CONNECTION.exception(Code.NULL_CONNECTION.classicMessage());
        }
        checkLine(lines);
        String[] parts = requestLine.strip().split("\\s+", 3);
        String method = parts[0];
        String uri = parts.length > 1 ? parts[1] : "";
        if (!method.equals("POST")) {
            throw malformed("Invalid Method: " + method + " (should be POST).");
        }
        if (!uri.equals("/SSSRMAP3")) {
            throw malformed("Invalid URI: " + uri + " (should be /SSSRMAP3).");
        }
        Headers headers = new Headers();
        int count = 0;
        while (true) {
            String line = lines.read();
            checkLine(lines);
            if (Headers.endsBlock(line)) {
                break;
            }
            if (++count > limits.maxHeaderLines()) {
                throw malformed("Too many header lines (more than " + limits.maxHeaderLines() + ").");
            }
            headers.accept(line);
            if (lines.end() == LineReader.End.EOF) {
                break;
            }
        }
        if (!headers.contentType.equals("text/xml")) {
            throw malformed("Invalid Content-Type: " + headers.contentType + " (should be text/xml).");
        }
        if (!headers.transferEncoding.equals("chunked")) {
            throw malformed("Invalid Transfer-Encoding: " + headers.transferEncoding + " (should be chunked).");
        }
        String sizeLine = lines.read();
        checkLine(lines);
        if (!Headers.hasHex(sizeLine)) {
            throw malformed("Invalid chunk size: " + abbreviate(sizeLine) + ".");
        }
        long size = Headers.leadingHex(sizeLine, limits.maxPayloadBytes());
        if (size < 0) {
            throw malformed("Message too large (limit " + limits.maxPayloadBytes() + " bytes).");
        }
        if (size == 0) {
            throw malformed("Empty message.");
        }
        // readNBytes grows its buffer with the bytes that actually arrive, so a peer announcing a
        // large size and sending little cannot make us allocate the announced amount
        byte[] payload = in.readNBytes((int) size);
        if (payload.length < size) {
            throw malformed("Incomplete message (" + payload.length + " of " + size + " bytes received).");
        }
        return payload;
    }

    /**
     * Reads and discards what a client sends after the payload (the {@code 0\r\n} terminator, an RFC
     * trailer, Moab's NUL) so closing does not reset the connection under the reply (docs/protocol.md, Request framing). Stops at
     * end of stream, after {@code maxBytes}, or when the stream's read timeout (set by the caller on
     * the socket) passes; returns the number of bytes discarded.
     */
    public static int drain(InputStream in, int maxBytes) {
        byte[] buf = new byte[Math.min(Math.max(maxBytes, 1), 4096)];
        int total = 0;
        try {
            while (total < maxBytes) {
                int n = in.read(buf, 0, Math.min(buf.length, maxBytes - total));
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            // a timeout or reset here only means the client sent nothing more; the reply is already out
            return total;
        }
        return total;
    }

    private static void checkLine(LineReader lines) {
        if (lines.end() == LineReader.End.TOO_LONG) {
            throw malformed("Header line too long (limit exceeded).");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static GoldException malformed(String message) {
        return Code.MALFORMED.exception(message);
    }
}
