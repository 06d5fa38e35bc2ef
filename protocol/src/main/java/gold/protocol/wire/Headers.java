package gold.protocol.wire;

import java.util.Locale;

/** The classic header token rules shared by both readers (docs/protocol.md, Request framing and Reply framing). */
final class Headers {
    static final String UNDEFINED = "UNDEFINED";

    String contentType = UNDEFINED;
    String transferEncoding = UNDEFINED;

    /** True when this line ends the header block: its first token is empty (blank or starts with space). */
    static boolean endsBlock(String line) {
        return line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.charAt(0) == ';';
    }

    /** Splits on runs of whitespace or ';' and remembers Content-Type / Transfer-Encoding values. */
    void accept(String line) {
        String[] tokens = line.split("[\\s;]+", 3);
        String property = tokens[0].toLowerCase(Locale.ROOT);
        String value = tokens.length > 1 ? tokens[1] : "";
        if (property.contains("content-type:")) {
            contentType = value;
        } else if (property.contains("transfer-encoding:")) {
            transferEncoding = value;
        }
    }

    /** Perl hex(): the value of the leading hex digits; -1 when the number would exceed {@code max}. */
    static long leadingHex(String s, long max) {
        long v = 0;
        int i = 0;
        String t = s.stripLeading();
        for (; i < t.length(); i++) {
            int d = Character.digit(t.charAt(i), 16);
            if (d < 0) {
                break;
            }
            v = v * 16 + d;
            if (v > max) {
                return -1;
            }
        }
        return v;
    }

    /** True when the line starts with at least one hex digit (after optional whitespace). */
    static boolean hasHex(String s) {
        String t = s.stripLeading();
        return !t.isEmpty() && Character.digit(t.charAt(0), 16) >= 0;
    }
}
