package gold.shell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "peel off the next token" cursor of the goldsh parser: each step matches a
 * pattern at the front of what is left of the command and removes the matched text. The patterns
 * carry their own leading and trailing white space, as the classic parser's substitutions did, so
 * the remainder quoted in error messages starts where the failing token should have started.
 */
final class CommandScanner {
    private static final Pattern BLANK = Pattern.compile("\\s*");

    private String rest;

    CommandScanner(String command) {
        this.rest = command;
    }

    /** Matches {@code pattern} at the front and consumes it; empty (nothing consumed) when it does not match. */
    Optional<Matcher> take(Pattern pattern) {
        Matcher m = pattern.matcher(rest);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        rest = rest.substring(m.end());
        return Optional.of(m);
    }

    /** What is left of the command. */
    String rest() {
        return rest;
    }

    /** True when only white space is left. */
    boolean atEnd() {
        return BLANK.matcher(rest).matches();
    }
}
