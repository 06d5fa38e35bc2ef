package gold.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line read from a script, a pipe or the terminal: everything from the first
 * {@code #} on is a comment (even inside double quotes, as in the classic shell), runs of white space
 * become one blank, and an empty result is skipped. Only a line that is exactly {@code q},
 * {@code quit} or {@code exit} ends the session (docs/differences.md; the classic shell also stopped at any
 * line starting with "q" or containing "exit").
 */
public final class InputLine {
    private static final Set<String> QUIT = Set.of("q", "quit", "exit");

    private InputLine() {
    }

    /** The words of a line with its comment removed; empty for a blank or comment-only line. */
    public static List<String> words(String line) {
        int hash = line.indexOf('#');
        String text = (hash < 0 ? line : line.substring(0, hash)).strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    /** The normalised command of a line, empty when there is nothing to run. */
    public static Optional<String> command(String line) {
        List<String> words = words(line);
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** True when the line ends the session. */
    public static boolean isQuit(String line) {
        return command(line).filter(QUIT::contains).isPresent();
    }
}
