package gold.shell;

import gold.protocol.Code;
import gold.protocol.GoldException;

/**
 * A goldsh command the parser cannot turn into a request. The message is the one-line
 * text the shell prints on stderr; the code is 311 (no object), 312 (no action) or 318 (any other
 * malformed part), so a failing line makes goldsh exit with status 31 (docs/differences.md: goldsh exits
 * non-zero when a command fails).
 */
public final class CommandSyntaxException extends GoldException {
    private static final long serialVersionUID = 1L;

    public CommandSyntaxException(Code code, String message) {
        this(code, message, null);
    }

    public CommandSyntaxException(Code code, String message, Throwable cause) {
        super(code.code(), message, cause);
    }

    /** The usual case: a malformed part of a predicate. */
    static CommandSyntaxException malformed(String message) {
        return new CommandSyntaxException(Code.INVALID_USE, message);
    }
}
