package gold.t;

import gold.testkit.Host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A private tmux server (its own socket, no configuration file) holding real terminals for programs
 * under test: keys go in with send-keys, the screen comes out with capture-pane. {@link #close()}
 * kills the server, which hangs up every program still running in it.
 */
final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Path dir;
    private final Path socket;

    Tmux() throws IOException {
        dir = Files.createTempDirectory("gold-tmux-");
        socket = dir.resolve("socket");
    }

    /** Starts a detached session of 160x40 running the command, then a line with its exit status. */
    void start(String session, List<String> command) throws IOException {
        String quoted = command.stream().map(Tmux::quote).collect(Collectors.joining(" "));
        // The pane stays open after the program ends, so its exit status can be read off the screen.
        String script = quoted + "; echo \"[exit $?]\"; sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "40", "/bin/sh -c " + quote(script));
    }

    /** Types text as it is (no key names). */
    void type(String session, String text) throws IOException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Presses keys by tmux name: Enter, Tab, Up, C-d. */
    void press(String session, String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen, trailing blanks of each line and trailing empty lines removed. */
    String screen(String session) throws IOException {
        String text = tmux("capture-pane", "-p", "-t", session);
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    /** Waits until the screen satisfies the condition; fails with the screen after 30 seconds. */
    String await(String session, String what, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String screen = screen(session);
            if (condition.test(screen)) {
                return screen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // no server left (every session already ended) is the normal case
        }
        Host.deleteTree(dir);
    }

    private String tmux(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tmux timed out: " + cmd);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException("tmux failed (" + p.exitValue() + "): " + cmd + "\n" + out);
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
