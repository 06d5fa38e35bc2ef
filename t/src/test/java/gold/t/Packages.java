package gold.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the Linux packages of the built tree with dist/package.sh and runs system commands for the package
 * tests. Those tests change the machine (they install into /), so they run only when enabled: with CI=true
 * (where a skip counts as a failure, so they must run) or with -Dgold.test.packages=true / GOLD_TEST_PACKAGES=1.
 */
final class Packages {
    static final Path TREE = Path.of(System.getProperty("gold.tree", "../target/gold")).toAbsolutePath().normalize();
    static final Path SOURCE = TREE.getParent().getParent();
    static final String VERSION = System.getProperty("gold.version", "3.0.0");

    private Packages() {
    }

    /** Skips the test unless package tests are enabled; in CI they always are. */
    static void assumeEnabled() {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean asked = Boolean.getBoolean("gold.test.packages") || "1".equals(System.getenv("GOLD_TEST_PACKAGES"));
        assumeTrue(ci || asked, "package tests change the machine: enable them with -Dgold.test.packages=true (CI runs them)");
    }

    /** Builds the packages of FORMAT (deb, rpm) with RELEASE into OUT and returns the file. */
    static Path build(Path out, int release, String format) throws IOException, InterruptedException {
        Result r = run(Map.of(), 1800, "bash", SOURCE.resolve("dist/package.sh").toString(), TREE.toString(),
                System.getProperty("java.home"), VERSION, out.toString(), Integer.toString(release), format);
        assertEquals(0, r.exit(), "package.sh: " + r);
        Path file = Path.of(r.stdout().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.isRegularFile(file), r.toString());
        return file;
    }

    record Result(int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    static Result run(Map<String, String> env, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("gold-t-pkg", ".out");
        Path err = Files.createTempFile("gold-t-pkg", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(env);
            pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new Result(-1, Files.readString(out, StandardCharsets.UTF_8), "timed out: " + List.of(command));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), 600, command);
    }

    /** Runs COMMAND as the user gold with a login-like PATH (the packaged programs are in /usr/bin). */
    static Result asGold(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("runuser", "-u", "gold", "--", "env", "PATH=/usr/bin:/usr/sbin:/bin"));
        cmd.addAll(List.of(command));
        return run(Map.of(), 300, cmd.toArray(String[]::new));
    }
}
