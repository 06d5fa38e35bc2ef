package gold.protocol.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Perl-style lines (ending at LF, a CR before it removed) from a stream without reading ahead,
 * so the payload bytes that follow stay in the stream. Lines are bounded; bytes are ISO-8859-1.
 */
final class LineReader {
    /** Outcome of reading one line. */
    enum End { LINE, EOF, TOO_LONG }

    private final InputStream in;
    private final int maxBytes;
    private final StringBuilder line = new StringBuilder();
    private End end = End.LINE;
    private boolean sawAnyByte;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; see {@link #end()} for how it ended and {@link #text()} for its content. */
    String read() throws IOException {
        line.setLength(0);
        sawAnyByte = false;
        int count = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                end = End.EOF;
                break;
            }
            sawAnyByte = true;
            if (b == '\n') {
                end = End.LINE;
                break;
            }
            if (++count > maxBytes) {
                end = End.TOO_LONG;
                break;
            }
            line.append((char) b);
        }
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return line.toString();
    }

    End end() {
        return end;
    }

    /** True when the last read consumed at least one byte (a line, possibly unterminated). */
    boolean sawAnyByte() {
        return sawAnyByte;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
