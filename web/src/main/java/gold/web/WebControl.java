package gold.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.io.File;
import java.util.concurrent.TimeUnit;

/**
 * Starting, stopping and reporting on goldweb as goldd does it: a detached process in its own session
 * (stdio to log/goldweb.log), etc/goldweb.pid written once it listens and removed when it stops;
 * a pid that names no live goldweb is stale.
 */
final class WebControl {
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private final Path home;

    WebControl(Path home) {
        this.home = home;
    }

    private WebConfig config() {
        try {
            return WebConfig.load(home);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + home.resolve("etc/goldweb.conf") + ": " + e.getMessage(), e);
        }
    }

    int start() {
        WebConfig c = config();
        Optional<ProcessHandle> running = live(c);
        if (running.isPresent()) {
            System.out.println("goldweb Pid (" + running.get().pid() + ") is already running");
            return 0;
        }
        try {
            Files.deleteIfExists(c.pidFile());
            Files.createDirectories(c.logFile().getParent());
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                cmd.add("/usr/bin/setsid");
            }
            cmd.addAll(List.of(java, "-Xmx" + System.getProperty("gold.web.heap", "256m"), "-XX:+UseSerialGC",
                    "-Dgold.home=" + home, "-Dgold.version=" + System.getProperty("gold.version", "3.0.0"),
                    "-cp", System.getProperty("java.class.path"), "gold.web.GoldWeb", "--serve"));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(c.logFile().toFile()))
                    .redirectErrorStream(true);
            pb.environment().put("GOLD_HOME", home.toString());
            Process p = pb.start();
            Instant until = Instant.now().plus(START_WAIT);
            while (Instant.now().isBefore(until)) {
                if (!p.isAlive()) {
                    System.err.println("goldweb failed to start (exit " + p.exitValue() + "); see " + c.logFile());
                    tail(c.logFile());
                    return 1;
                }
                if (readPid(c).filter(pid -> pid == p.pid()).isPresent() && answers(c)) {
                    System.out.println("Starting goldweb Pid (" + p.pid() + ") on " + (c.tls() ? "https" : "http") + "://"
                            + c.host() + ":" + c.port() + "/");
                    return 0;
                }
                Thread.sleep(100);
            }
            System.err.println("goldweb did not answer on port " + c.port() + " within " + START_WAIT.toSeconds() + " s; stopping it");
            p.destroy();
            return 1;
        } catch (IOException e) {
            System.err.println("Unable to start goldweb: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    int stop() {
        WebConfig c = config();
        Optional<ProcessHandle> running = live(c);
        if (running.isEmpty()) {
            boolean stale = Files.exists(c.pidFile());
            delete(c.pidFile());
            System.out.println("goldweb is not running" + (stale ? " (removed the stale pid file)" : ""));
            return 0;
        }
        ProcessHandle p = running.get();
        System.out.println("Killing goldweb Pid (" + p.pid() + ")");
        p.destroy();
        try {
            p.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
        delete(c.pidFile());
        return 0;
    }

    int status() {
        WebConfig c = config();
        Optional<ProcessHandle> running = live(c);
        if (running.isEmpty()) {
            System.out.println("goldweb is not running");
            return 3;
        }
        boolean answering = answers(c);
        System.out.println("goldweb Pid (" + running.get().pid() + ") is running"
                + (answering ? "" : " but degraded (port " + c.port() + " not answering)"));
        System.out.println("  url: " + (c.tls() ? "https" : "http") + "://" + c.host() + ":" + c.port() + "/");
        return answering ? 0 : 150;
    }

    /** Runs the server in this process until it is stopped (SIGTERM ends it cleanly). */
    int foreground(boolean debug) {
        WebConfig c = config();
        if (debug) {
            Optional<ProcessHandle> running = live(c);
            if (running.isPresent()) {
                System.err.println("goldweb Pid (" + running.get().pid() + ") is already running");
                return 255;
            }
        }
        try {
            WebServer server = new WebServer(c, GoldSite.load(home));
            server.start();
            long pid = ProcessHandle.current().pid();
            writePid(c.pidFile(), pid);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception e) {
                    GoldWeb.log().warning("stopping: " + e);
                }
                if (readPid(c).filter(p -> p == pid).isPresent()) {
                    delete(c.pidFile());
                }
            }));
            server.join();
            return 0;
        } catch (Exception e) {
            GoldWeb.log().severe("goldweb cannot start: " + e.getMessage());
            System.err.println("goldweb cannot start: " + e.getMessage());
            return 1;
        }
    }

    private Optional<ProcessHandle> live(WebConfig c) {
        return readPid(c).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("gold.web.GoldWeb")).orElse(true));
    }

    private static Optional<Long> readPid(WebConfig c) {
        try {
            return Optional.of(Long.parseLong(Files.readString(c.pidFile()).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writePid(Path file, long pid) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Long.toString(pid));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            GoldWeb.log().warning("cannot remove " + file + ": " + e.getMessage());
        }
    }

    private static boolean answers(WebConfig c) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(c.probeHost(), c.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 10), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            // nothing logged yet
        }
    }
}
