package gold.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether goldsh's standard input is a terminal, decided without the line-editor library (which
 * would touch the terminal and may print warnings): on Linux from the {@code /proc} link of file
 * descriptor 0, elsewhere by running {@code test -t 0} on the inherited standard input.
 */
final class StandardInput {
    private StandardInput() {
    }

    static boolean isTerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (Files.isSymbolicLink(fd0)) {
            try {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException e) {
                return probe();
            }
        }
        return probe();
    }

    private static boolean probe() {
        try {
            Process test = new ProcessBuilder("test", "-t", "0")
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            // No way to tell: read plainly, which works for terminals too (without line editing).
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
