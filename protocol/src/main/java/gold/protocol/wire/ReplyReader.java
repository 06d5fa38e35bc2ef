package gold.protocol.wire;

import gold.protocol.Code;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a reply on the client side (docs/protocol.md, Reply framing), tolerantly: any protocol token, extra headers,
 * CRLF after chunk data, a missing final {@code 0\r\n}. {@link #readHeader()} once, then
 * {@link #nextChunk()} per chunk. Framing errors are GoldExceptions with the classic codes and texts
 * (242, 246); I/O errors propagate for the caller to map (226, 232).
 */
public final class ReplyReader {
    private final InputStream in;
    private final FrameLimits limits;
    private final LineReader lines;
    private String status = "";

    public ReplyReader(InputStream in, FrameLimits limits) {
        this.in = in;
        this.limits = limits;
        this.lines = new LineReader(in, limits.maxLineBytes());
    }

    /**
     * Reads the status line and headers. Returns the HTTP status ("200 OK" normally). A non-200 status
     * is not thrown here so the caller can still read a Failure chunk our server attaches (docs/protocol.md, Receive-phase errors).
     */
    public String readHeader() throws IOException {
        String statusLine = lines.read();
        if (lines.end() == LineReader.End.EOF && !lines.sawAnyByte()) {
            throw Code.NO_HEADER.exception(Code.NO_HEADER.classicMessage());
        }
        tooLong();
        String[] f = statusLine.strip().split("\\s+", 3);
        status = (f.length > 1 ? f[1] : "") + (f.length > 2 ? " " + f[2] : "");
        Headers headers = new Headers();
        int count = 0;
        while (true) {
            String line = lines.read();
            if (lines.end() == LineReader.End.EOF && !lines.sawAnyByte()) {
                throw Code.NO_HEADER.exception("End of file returned by server (while looking for remaining header lines).");
            }
            tooLong();
            if (Headers.endsBlock(line)) {
                break;
            }
            if (++count > limits.maxHeaderLines()) {
                throw Code.MALFORMED.exception("Too many header lines in the reply.");
            }
            headers.accept(line);
        }
        if (!statusOk()) {
            return status;
        }
        if (!headers.contentType.equals("text/xml")) {
            throw Code.MALFORMED.exception("Unexpected Content-Type (" + headers.contentType + ").");
        }
        if (!headers.transferEncoding.equals("chunked")) {
            throw Code.MALFORMED.exception("Transfer encoding must be chunked (" + headers.transferEncoding + ").");
        }
        return status;
    }

    /** True when the status line said 200. */
    public boolean statusOk() {
        return status.startsWith("200"); // HTTP status, not a Gold code
    }

    /** The status code and text, e.g. "405 Method Not Allowed". */
    public String status() {
        return status;
    }

    /** The next chunk's payload, or empty at the terminating zero-size chunk. */
    public Optional<byte[]> nextChunk() throws IOException {
        String sizeLine;
        do {
            // an RFC-style peer puts CRLF after each chunk's data; skip such empty lines
            sizeLine = lines.read();
            tooLong();
            if (lines.end() == LineReader.End.EOF && !lines.sawAnyByte()) {
                throw Code.NO_HEADER.exception("End of file returned by server (while looking for chunk size).");
            }
        } while (sizeLine.isBlank() && lines.end() == LineReader.End.LINE);
        if (!Headers.hasHex(sizeLine)) {
            throw Code.MALFORMED.exception("Invalid chunk size in the reply.");
        }
        long size = Headers.leadingHex(sizeLine, limits.maxPayloadBytes());
        if (size < 0) {
            throw Code.MALFORMED.exception("Reply chunk too large (limit " + limits.maxPayloadBytes() + " bytes).");
        }
        if (size == 0) {
            return Optional.empty();
        }
        byte[] payload = in.readNBytes((int) size);
        if (payload.length < size) {
            throw Code.READ_ERROR.exception("Error reading from server: End of file");
        }
        return Optional.of(payload);
    }

    private void tooLong() {
        if (lines.end() == LineReader.End.TOO_LONG) {
            throw Code.MALFORMED.exception("Reply header line too long.");
        }
    }
}
