package gold.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * goldsh with standard input from a file or a pipe: no prompt, no echo, nothing on stderr but the
 * commands' own errors (docs/differences.md). Lines run in order until end of input or a line that is
 * exactly {@code q}, {@code quit} or {@code exit}.
 */
final class ScriptReader {
    private final BufferedReader in;

    ScriptReader(BufferedReader in) {
        this.in = in;
    }

    void run(Consumer<String> lines) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (InputLine.isQuit(line)) {
                    return;
                }
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
