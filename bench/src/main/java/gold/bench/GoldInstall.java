package gold.bench;

import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private copy of the built install tree for one database: its own free port, goldd.conf and key.
 * When we are root the tree belongs to the OS user {@code gold} and goldd and the g* programs run as
 * gold (the administrator), as in the system tests; otherwise as the current user.
 */
public final class GoldInstall implements AutoCloseable {
    private final Path home;
    private final int port;
    private final Map<String, String> settings;
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
        int port = Postgres.freePort();
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
        Files.writeString(home.resolve("etc/auth_key"), "bench-" + Long.toHexString(System.nanoTime()) + "\n");
        if (Shell.ROOT) {
            Shell.check("chmod", "755", home.toString()); // file mode, not a Gold code
            Shell.check("chown", "-R", "gold:", home.toString());
        }
        return new GoldInstall(home, port, conf);
    }

    public Path home() { return home; }
    public int port() { return port; }
    public Map<String, String> settings() { return settings; }

    public void start() throws IOException {
        Shell.Result r = run(List.of(), "goldd", "--start");
        started = true;
        if (r.exit() != 0) {
            throw new IOException("goldd --start failed: " + r.stdout() + r.stderr() + "\n" + log());
        }
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

    /** A protocol client with the given suite, acting as the administrator. */
    public GoldClient client(Suite suite) throws IOException {
        ClientSettings s = ClientSettings.from(GoldConfig.load(home.resolve("etc/gold.conf")),
                AuthKey.read(home.resolve("etc/auth_key")));
        return new GoldClient(s.mode(suite.mode()).encryption(suite.encryption()));
    }

    /** Runs bin/NAME or sbin/NAME as the administrator with extra environment (GOLD_JAVA_OPTS ...). */
    public Shell.Result run(List<String> envPairs, String program, String... args) throws IOException {
        Path exe = Files.exists(home.resolve("bin/" + program)) ? home.resolve("bin/" + program) : home.resolve("sbin/" + program);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GOLD_HOME", home.toString());
        for (String pair : envPairs) {
            int eq = pair.indexOf('=');
            env.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        return Shell.run(cmd, Shell.ROOT ? "gold" : "", env, home, 180);
    }

    public String log() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> logs = Files.list(home.resolve("log"))) {
            for (Path p : logs.sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                sb.append("== ").append(p.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
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

    private static void copy(Path from, Path to) throws IOException {
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
}
