package gold.t;

import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the built install tree (target/gold) in a temp directory, configured for one test:
 * its own free port, its own database, one or more workers. Programs run as real processes. When the
 * tests run as root, the tree belongs to the OS user {@code gold} and every program runs as gold (the
 * administrator of the classic transcripts); otherwise everything runs as the current user.
 * {@link #close()} stops goldd, kills anything left from the tree and removes it.
 */
public final class Installation implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private final Path home;
    private final int port;
    private final Map<String, String> env = new HashMap<>();

    private Installation(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** The admin that goldd runs as, which the transcripts show as "gold". */
    public static String admin() {
        return ROOT ? "gold" : System.getProperty("user.name");
    }

    /** Copies the tree and writes goldd.conf/gold.conf with the given extra server settings. */
    public static Installation create(Map<String, String> serverSettings) throws IOException {
        Path built = Path.of(System.getProperty("gold.tree", "../target/gold")).toAbsolutePath().normalize();
        if (!Files.isExecutable(built.resolve("sbin/goldd"))) {
            throw new IOException("no built install tree at " + built + " (run the build first)");
        }
        Path home = Files.createTempDirectory("gold-t-");
        copyTree(built, home);
        for (String dir : List.of("data", "log")) {
            deleteTree(home.resolve(dir));
            Files.createDirectories(home.resolve(dir));
        }
        Files.deleteIfExists(home.resolve("etc/gold.pid"));
        int port = FreePort.find();
        StringBuilder server = new StringBuilder()
                .append("super.user = ").append(admin()).append('\n')
                .append("server.host = localhost\n")
                .append("server.port = ").append(port).append('\n')
                .append("response.chunksize = 100000\n")
                .append("server.workers = 1\n");
        serverSettings.forEach((k, v) -> server.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(home.resolve("etc/goldd.conf"), server.toString());
        Files.writeString(home.resolve("etc/gold.conf"), "server.host = localhost\nserver.port = " + port + "\n");
        Files.writeString(home.resolve("etc/auth_key"), "t-" + Long.toHexString(System.nanoTime()) + "\n");
        Installation inst = new Installation(home, port);
        if (ROOT) {
            inst.exec(List.of("chmod", "755", home.toString()), false);
            inst.exec(List.of("chown", "-R", "gold:", home.toString()), false);
        }
        return inst;
    }

    public Path home() { return home; }

    /** Adds an environment variable for every program started from now on (e.g. GOLD_JAVA_OPTS). */
    public void environment(String name, String value) {
        env.put(name, value);
    }

    /** An in-process protocol client for this server, acting as the administrator. */
    public GoldClient client() throws IOException {
        GoldConfig conf = GoldConfig.load(home.resolve("etc/gold.conf"));
        return new GoldClient(
                ClientSettings.from(conf, AuthKey.read(home.resolve("etc/auth_key"))));
    }

    /** Replaces the shared key (e.g. to share one with another server), keeping it the admin's. */
    public void writeKey(String key) throws IOException {
        Path file = home.resolve("etc/auth_key");
        Files.writeString(file, key + "\n");
        if (ROOT) {
            exec(List.of("chown", "gold:", file.toString()), false);
        }
    }

    /** The shared key of this tree. */
    public String key() throws IOException {
        return AuthKey.read(home.resolve("etc/auth_key"));
    }

    /** Pid of the running master, from etc/gold.pid. */
    public long masterPid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("etc/gold.pid")).trim());
    }
    public int port() { return port; }

    /** Runs bin/NAME (or sbin/NAME) with arguments and no stdin. */
    public Result run(String program, String... args) throws IOException {
        return runWithInput(null, program, args);
    }

    /** Runs a program of the tree with the given text on its stdin. */
    public Result runWithInput(String stdin, String program, String... args) throws IOException {
        Path exe = Files.exists(home.resolve("bin/" + program)) ? home.resolve("bin/" + program) : home.resolve("sbin/" + program);
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(List.of(args));
        return execWithInput(cmd, ROOT, stdin);
    }

    /**
     * The argument vector that runs bin/NAME (or sbin/NAME) as the administrator with GOLD_HOME set, for
     * a program started by something else (a terminal multiplexer, say).
     */
    public List<String> adminCommand(String program, String... args) {
        Path exe = Files.exists(home.resolve("bin/" + program)) ? home.resolve("bin/" + program) : home.resolve("sbin/" + program);
        List<String> cmd = new ArrayList<>();
        if (ROOT) {
            cmd.addAll(List.of("runuser", "-u", "gold", "--"));
        }
        cmd.addAll(List.of("env", "GOLD_HOME=" + home, exe.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a /bin/sh script as the administrator, with the tree's bin/ and sbin/ first on PATH. */
    public Result shell(String script) throws IOException {
        String path = home.resolve("bin") + ":" + home.resolve("sbin") + ":/usr/bin:/bin";
        return execWithInput(List.of("/bin/sh", "-c", "PATH=" + path + "; export PATH; " + script), ROOT, null);
    }

    /** Runs any command as the invoking user (root in CI), with GOLD_HOME set. */
    public Result runAsInvoker(String... command) throws IOException {
        return execWithInput(List.of(command), false, null);
    }

    public Result start() throws IOException {
        Result r = run("goldd", "--start");
        if (r.exit() != 0) {
            throw new IOException("goldd --start failed: " + r + "\nlog:\n" + log());
        }
        return r;
    }

    public String log() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> logs = Files.list(home.resolve("log"))) {
            for (Path p : logs.sorted().toList()) {
                sb.append("== ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        } catch (IOException e) {
            sb.append("(no log: ").append(e.getMessage()).append(")");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            run("goldd", "--stop");
        } catch (IOException e) {
            System.err.println("goldd --stop failed: " + e.getMessage());
        }
        try {
            exec(List.of("pkill", "-KILL", "-f", "gold.home=" + home), false);
        } catch (IOException e) {
            // exit status 1 = nothing left to kill, which is the normal case
        }
        deleteTree(home);
    }

    private Result exec(List<String> cmd, boolean asAdmin) throws IOException {
        return execWithInput(cmd, asAdmin, null);
    }

    private Result execWithInput(List<String> command, boolean asAdmin, String stdin) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asAdmin) {
            cmd.addAll(List.of("runuser", "-u", "gold", "--"));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().put("GOLD_HOME", home.toString());
        pb.environment().remove("GOLD_REQUEST_KEY");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("gold-t-out", ".txt");
        Path err = Files.createTempFile("gold-t-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process p = pb.start();
        try {
            if (stdin != null) {
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            return new Result(Files.readString(out), Files.readString(err), p.exitValue());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What a program printed and its exit status. */
    public record Result(String stdout, String stderr, int exit) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }
}
