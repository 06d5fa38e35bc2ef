package gold.bench;

import gold.testkit.Host;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs external programs with a deadline, optionally as another OS user through runuser (PostgreSQL
 * and goldd refuse or should not run as root). Output goes to temp files so a chatty program cannot
 * block on a full pipe.
 */
public final class Shell {
    /** True when the benchmark runs as root, so servers run as their own users. */
    public static final boolean ROOT = Host.ROOT;

    private Shell() {
    }

    /**
     * What a program printed, its exit status, its wall time and its CPU time (user + system of it and
     * its descendants; meaningful only when this JVM reaps no other child meanwhile).
     */
    public record Result(String stdout, String stderr, int exit, long nanos, double cpuSeconds) {
        public Result orThrow(List<String> cmd) throws IOException {
            if (exit != 0) {
                throw new IOException("failed (" + exit + "): " + String.join(" ", cmd) + "\n" + stdout + stderr);
            }
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** Runs a command; as {@code user} through runuser when we are root and user is not empty. */
    public static Result run(List<String> command, String user, Map<String, String> env, Path cwd, long timeoutSeconds)
            throws IOException {
        return run(command, user, env, cwd, null, timeoutSeconds);
    }

    /**
     * As above, with {@code stdin} (null: /dev/null) on the program's standard input; an {@code env}
     * entry with a null value removes that variable from the inherited environment.
     */
    public static Result run(List<String> command, String user, Map<String, String> env, Path cwd, String stdin,
            long timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (ROOT && !user.isEmpty()) {
            cmd.addAll(List.of("runuser", "-u", user, "--"));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            pb.redirectInput(new File("/dev/null"));
        }
        double cpu0 = Procs.childrenCpuSeconds();
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            if (stdin != null) {
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
            }
            long nanos = System.nanoTime() - start;
            p.onExit().join(); // reaped, so its CPU time is in this JVM's children totals
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    p.exitValue(), nanos, Procs.childrenCpuSeconds() - cpu0);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs a command as the invoking user and fails on a non-zero exit. */
    public static String check(String... command) throws IOException {
        return run(List.of(command), "", Map.of(), null, 600).orThrow(List.of(command)).stdout();
    }
}
