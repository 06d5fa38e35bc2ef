package gold.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the throw-away servers of the tests and the benchmark (PgCluster, the benchmark's PostgreSQL and
 * Patroni clusters) need of this machine: free loopback ports, PostgreSQL's server binaries, commands as
 * another OS user (PostgreSQL refuses to run as root), killing a crashed server's processes, removing
 * temp directories.
 */
public final class Host {
    /** True when we run as root, so servers run as their own OS users. */
    public static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private Host() {
    }

    /** A free loopback TCP port. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** PG_BIN if set, else the newest /usr/lib/postgresql/N/bin that has initdb. */
    public static Path postgresBinaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isEmpty() && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IOException("no PostgreSQL server binaries: install postgresql (.ci/run does) or set PG_BIN");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> major(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IOException("no PostgreSQL server binaries under " + root));
        }
    }

    private static int major(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name) : 0;
    }

    /**
     * Runs a command in {@code cwd} (null: ours) with stdin closed, as {@code user} through runuser when
     * we are root and user is not empty; returns its output (stdout and stderr), fails on a non-zero exit.
     */
    public static String run(Path cwd, List<String> command, String user, long timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (ROOT && !user.isEmpty()) {
            cmd.addAll(List.of("runuser", "-u", user, "--"));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        Process p = pb.start();
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IOException("failed (" + p.exitValue() + "): " + cmd + "\n" + out);
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        }
    }

    /** The process and all its descendants (a postmaster and its backends, say); empty when it is gone. */
    public static List<ProcessHandle> tree(long pid) {
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> {
            all.add(p);
            p.descendants().forEach(all::add);
        });
        return all;
    }

    /** SIGKILL to all of them at once (a crashed host), then waits until every one is gone. */
    public static void killAll(List<ProcessHandle> processes, Duration limit) throws IOException {
        // a process that exits on its own meanwhile is simply gone already
        processes.forEach(ProcessHandle::destroyForcibly);
        long until = System.nanoTime() + limit.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > until) {
                throw new IOException("processes survived SIGKILL: " + processes);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** Removes a directory tree, reporting (not failing) what could not be removed. */
    public static void deleteTree(Path root) {
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
