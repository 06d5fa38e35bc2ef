package gold.client;

import java.util.Locale;
import java.util.Optional;

/** How records are printed: the classic table, the classic {@code --raw} pipes, or our JSON and CSV. */
public enum OutputFormat {
    TABLE, RAW, JSON, CSV;

    /** JSON and CSV: stdout holds only the records, messages go to stderr. */
    public boolean records() {
        return this == JSON || this == CSV;
    }

    /** Parses a {@code --format} value (case-insensitive), empty when unknown. */
    public static Optional<OutputFormat> parse(String value) {
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
