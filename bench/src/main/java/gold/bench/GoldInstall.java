package gold.bench;

import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import gold.testkit.Host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private copy of the built install tree (for one benchmark database, or one system test in t/): its
 * own free port, goldd.conf and key, empty data/ and log/. Programs of the tree run as real processes.
 * When we are root the tree belongs to the OS user {@code gold} and goldd and the g* programs run as
 * gold (the administrator of the classic transcripts); otherwise as the current user.
 */
public final class GoldInstall implements AutoCloseable {
    private final Path home;
    private final int port;
    private final Map<String, String> settings;
    private final Map<String, String> env = new LinkedHashMap<>();
    private boolean started;

    private GoldInstall(Path home, int port, Map<String, String> settings) {
        this.home = home;
        this.port = port;
        this.settings = settings;
    }

    /** The OS user goldd and the clients run as; it is also Gold's super user. */
    public static String admin() {
        return Shell.ROOT ? "gold" : System.getProperty("user.name");
    }

    public static GoldInstall create(Path built, Path home, Map<String, String> serverSettings) throws IOException {
        if (!Files.isExecutable(built.resolve("sbin/goldd"))) {
            throw new IOException("no built install tree at " + built + " (./build.sh makes it)");
        }
        copy(built, home);
        for (String dir : List.of("data", "log")) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.deleteIfExists(home.resolve("etc/gold.pid"));
        int port = Host.freePort();
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("super.user", admin());
        conf.put("server.host", "localhost");
        conf.put("server.port", String.valueOf(port));
        conf.put("response.chunksize", "100000");
        conf.putAll(serverSettings);
        StringBuilder text = new StringBuilder();
        conf.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(home.resolve("etc/goldd.conf"), text.toString());
        Files.writeString(home.resolve("etc/gold.conf"), "server.host = localhost\nserver.port = " + port + "\n");
        Files.writeString(home.resolve("etc/auth_key"), "gold-" + Long.toHexString(System.nanoTime()) + "\n");
        if (Shell.ROOT) {
            Shell.check("chmod", "755", home.toString()); // file mode, not a Gold code
            Shell.check("chown", "-R", "gold:", home.toString());
        }
        return new GoldInstall(home, port, conf);
    }

    public Path home() { return home; }
    public int port() { return port; }
    public Map<String, String> settings() { return settings; }

    /** Adds an environment variable for every program started from now on (e.g. GOLD_JAVA_OPTS). */
    public void environment(String name, String value) {
        env.put(name, value);
    }

    public Shell.Result start() throws IOException {
        Shell.Result r = run(List.of(), "goldd", "--start");
        started = true;
        if (r.exit() != 0) {
            throw new IOException("goldd --start failed: " + r + "\nlog:\n" + logTail());
        }
        return r;
    }

    public void stop() throws IOException {
        if (started) {
            started = false;
            run(List.of(), "goldd", "--stop");
        }
    }

    /** Pid of the master process, parent of the worker JVMs. */
    public long masterPid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("etc/gold.pid")).strip());
    }

    /** The client settings of this tree (its gold.conf and key), acting as the administrator. */
    public ClientSettings clientSettings() throws IOException {
        return ClientSettings.from(GoldConfig.load(home.resolve("etc/gold.conf")), AuthKey.read(home.resolve("etc/auth_key")));
    }

    /** A protocol client with the given suite, acting as the administrator. */
    public GoldClient client(Suite suite) throws IOException {
        return new GoldClient(clientSettings().mode(suite.mode()).encryption(suite.encryption()));
    }

    /** bin/NAME, else sbin/NAME. */
    public Path program(String name) {
        return Files.exists(home.resolve("bin/" + name)) ? home.resolve("bin/" + name) : home.resolve("sbin/" + name);
    }

    /** Runs bin/NAME or sbin/NAME as the administrator with extra environment ("GOLD_JAVA_OPTS=..." ...). */
    public Shell.Result run(List<String> envPairs, String program, String... args) throws IOException {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String pair : envPairs) {
            int eq = pair.indexOf('=');
            extra.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        List<String> cmd = new ArrayList<>(List.of(program(program).toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, true, extra, null);
    }

    /**
     * Runs a command in the tree, as the administrator or as the invoking user, with GOLD_HOME set, the
     * added environment, no inherited GOLD_REQUEST_KEY (each program makes its own) and {@code stdin}
     * (null: none).
     */
    public Shell.Result exec(List<String> command, boolean asAdmin, Map<String, String> extraEnv, String stdin)
            throws IOException {
        Map<String, String> all = new HashMap<>();
        all.put("GOLD_HOME", home.toString());
        all.put("GOLD_REQUEST_KEY", null);
        all.putAll(env);
        all.putAll(extraEnv);
        return Shell.run(command, asAdmin && Shell.ROOT ? "gold" : "", all, home, stdin, 180);
    }

    /** Every log file of the tree in full. */
    public String log() {
        return log(Integer.MAX_VALUE);
    }

    /** The last 40 lines of each log file, for failure messages. */
    public String logTail() {
        return log(40);
    }

    private String log(int lastLines) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> logs = Files.list(home.resolve("log"))) {
            for (Path p : logs.sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                sb.append("== ").append(p.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - lastLines), lines.size()).forEach(l -> sb.append(l).append('\n'));
            }
        } catch (IOException e) {
            sb.append("(no log: ").append(e.getMessage()).append(")");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException e) {
            System.err.println("bench: goldd --stop failed: " + e.getMessage());
        }
    }

    /** Copies the tree, leaving data/ and log/ empty: a fresh database and fresh logs. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() > 1 && (rel.startsWith("data") || rel.startsWith("log"))) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
