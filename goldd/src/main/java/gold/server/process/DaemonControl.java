package gold.server.process;

import gold.protocol.GoldConfig;
import gold.server.ServerPaths;
import gold.server.ServerSettings;
import gold.server.config.ServerKeys;
import gold.server.sql.DatabaseSettings;
import gold.server.sql.GuardState;
import gold.server.sql.HostGuard;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * What {@code goldd --start/--stop/--restart/--status} do from the command line: start a detached
 * master (new session, stdio away from the terminal) and wait until the server answers; stop it by
 * SIGTERM and wait until it is gone; report truthfully whether it runs.
 */
public final class DaemonControl {
    private static final Duration START_WAIT = Duration.ofSeconds(90);
    private final ServerPaths paths;
    private final PidFile pidFile;

    public DaemonControl(ServerPaths paths) {
        this.paths = paths;
        this.pidFile = new PidFile(paths.pidFile());
    }

    public int start() {
        Optional<ProcessHandle> running = pidFile.live();
        if (running.isPresent()) {
            System.out.println("Gold Pid (" + running.get().pid() + ") is already running");
            return 0;
        }
        pidFile.delete();
        try {
            Files.createDirectories(paths.logDir());
            Process master = launchMaster();
            long pid = master.pid();
            int port = settings().port();
            Instant until = Instant.now().plus(START_WAIT);
            while (Instant.now().isBefore(until)) {
                if (!master.isAlive()) {
                    System.err.println("Gold failed to start (exit " + master.exitValue() + "); see " + paths.masterLog()
                            + " and " + paths.consoleLog());
                    printTail(paths.masterLog());
                    return 1;
                }
                if (pidFile.read().filter(p -> p == pid).isPresent() && answers(port)) {
                    System.out.println("Starting Gold Pid (" + pid + ")");
                    guardState().filter(GuardState::refusesWrites).ifPresent(g -> System.err.println(
                            "Warning: Gold refuses writes (730) until this is resolved: " + g.detail()));
                    return 0;
                }
                Thread.sleep(100);
            }
            System.err.println("Gold did not answer on port " + port + " within " + START_WAIT.toSeconds() + " s; stopping it");
            master.destroy();
            return 1;
        } catch (IOException e) {
            System.err.println("Unable to start Gold: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    public int stop() {
        Optional<Long> pid = pidFile.read();
        if (pid.isEmpty()) {
            System.out.println("Gold is not running");
            return 0;
        }
        Optional<ProcessHandle> master = pidFile.live();
        pidFile.delete();
        if (master.isEmpty()) {
            System.out.println("Gold is not running (removed the stale pid file)");
            return 0;
        }
        System.out.println("Killing goldd Pid (" + pid.get() + ")");
        ProcessHandle p = master.get();
        List<ProcessHandle> family = new ArrayList<>(p.descendants().toList());
        p.destroy();
        Duration grace = settings().shutdownTimeout().plusSeconds(10);
        if (!waitGone(p, grace)) {
            System.err.println("Gold Pid (" + p.pid() + ") did not stop within " + grace.toSeconds() + " s; killing it");
            p.destroyForcibly();
        }
        for (ProcessHandle child : family) {
            if (!waitGone(child, Duration.ofSeconds(5))) {
                child.destroyForcibly();
            }
        }
        return 0;
    }

    public int restart() {
        stop();
        return start();
    }

    /** Exit status of --status for a live master that does not serve fully (LSB range 150-199 is the application's). */
    static final int DEGRADED = 150;

    /**
     * 0 when the master runs with all its workers and the port answers, {@link #DEGRADED} when the master
     * lives but workers are missing, nobody answers on the port or the split-brain guard refuses writes
     * (also when it cannot see a host's state), 3 when it is not running.
     */
    public int status() {
        Optional<ProcessHandle> master = pidFile.live();
        if (master.isEmpty()) {
            System.out.println("Gold is not running");
            return 3;
        }
        ProcessHandle p = master.get();
        ServerSettings s = settings();
        // workers only: an alert command the master runs (server.alert.command) is a child too
        List<Long> workers = p.children().filter(ProcessHandle::isAlive)
                .filter(c -> c.info().commandLine().map(l -> l.contains("--worker")).orElse(true))
                .map(ProcessHandle::pid).toList();
        boolean answering = answers(s.port());
        String uptime = p.info().startInstant()
                .map(t -> formatDuration(Duration.between(t, Instant.now()))).orElse("unknown");
        List<String> problems = new ArrayList<>();
        if (workers.size() < s.workers()) {
            problems.add(workers.isEmpty() ? "no workers" : workers.size() + " of " + s.workers() + " workers");
        }
        if (!answering) {
            problems.add("port " + s.port() + " not answering");
        }
        Optional<GuardState> guard = guardState();
        guard.filter(GuardState::refusesWrites).ifPresent(g -> problems.add("writes refused: " + g.detail()));
        System.out.println("Gold Pid (" + p.pid() + ") is running"
                + (problems.isEmpty() ? "" : " but degraded (" + String.join("; ", problems) + ")"));
        System.out.println("  port:     " + s.port() + (answering ? "" : " (not answering)"));
        System.out.println("  workers:  " + (workers.isEmpty() ? "none"
                : workers.stream().map(String::valueOf).collect(Collectors.joining(" "))));
        System.out.println("  database: " + describeDatabase());
        guard.ifPresent(g -> System.out.println("  guard:    " + g.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ": " + g.detail()));
        System.out.println("  uptime:   " + uptime);
        return problems.isEmpty() ? 0 : DEGRADED;
    }

    private Process launchMaster() throws IOException {
        String java = GolddJvm.java();
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.addAll(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-Dgold.home=" + paths.home(),
                "-Dgold.version=" + GolddJvm.VERSION, "-Dgold.java=" + java, "-Dgold.class.path=" + paths.classPath()));
        cmd.addAll(GolddJvm.passThroughProperties());
        cmd.addAll(List.of("-cp", paths.classPath(), GolddJvm.MAIN_CLASS, "--master"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(paths.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.consoleLog().toFile()))
                .redirectErrorStream(true);
        pb.environment().put("GOLD_HOME", paths.home().toString());
        return pb.start();
    }

    private ServerSettings settings() {
        return ServerSettings.from(config());
    }

    private GoldConfig config() {
        try {
            return GoldConfig.load(paths.goldddConf());
        } catch (IOException e) {
            return GoldConfig.of(Map.of());
        }
    }

    private String describeDatabase() {
        String ds = config().get(ServerKeys.DATABASE_DATASOURCE);
        return ds.isEmpty() ? "embedded SQLite " + paths.home().resolve("data/gold.db") : ds.replaceAll("password=[^;&]*", "password=***");
    }

    /**
     * One probe of the split-brain guard with goldd.conf's database settings (as the server's own guard
     * would see the hosts now); empty without a multi-host PostgreSQL datasource.
     */
    private Optional<GuardState> guardState() {
        try {
            return HostGuard.of(DatabaseSettings.from(config(), paths.home())).map(HostGuard::probe);
        } catch (RuntimeException e) {
            return Optional.of(new GuardState(GuardState.Kind.PROBE_REFUSED, "cannot probe the database hosts: " + e.getMessage()));
        }
    }

    static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitGone(ProcessHandle p, Duration limit) {
        try {
            p.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 10), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            // no log yet: the console log named above is all there is
        }
    }

    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        return (s >= 86400 ? s / 86400 + "d " : "") + (s % 86400) / 3600 + "h " + (s % 3600) / 60 + "m " + s % 60 + "s";
    }
}
