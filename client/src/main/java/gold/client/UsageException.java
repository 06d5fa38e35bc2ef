package gold.client;

import java.util.List;

/**
 * A command-line error: the lines to print on stderr before the usage text (possibly none, for a
 * missing or surplus positional argument). The command exits with status 2.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    public UsageException(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    /** A usage error without a message line (the usage text alone explains it). */
    public static UsageException usage() {
        return new UsageException(List.of());
    }

    public List<String> lines() {
        return lines;
    }
}
