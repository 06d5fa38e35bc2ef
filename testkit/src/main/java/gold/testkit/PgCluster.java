package gold.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throw-away PostgreSQL cluster for tests: initdb in a temp directory, started with pg_ctl on a free
 * loopback port (socket directory inside the cluster directory), trust authentication for the
 * superuser {@code postgres}. PostgreSQL refuses to run as root, so when the JVM runs as root every
 * server command runs as the {@code postgres} OS user through runuser ({@link Host}). {@link #close()} stops the
 * server and removes the directory; a shutdown hook does the same if a test JVM dies first.
 */
public final class PgCluster implements AutoCloseable {
    private final Path dir;
    private final Path bin;
    private final int port;
    private final StopOnExit reaper;

    private PgCluster(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.reaper = new StopOnExit("pg-cluster-reaper", this::stopQuietly);
    }

    /** Creates and starts a new cluster; fails with a clear message when no PostgreSQL binaries exist. */
    public static PgCluster start() throws IOException {
        return start(Map.of());
    }

    /** As {@link #start()}, with extra postgresql.conf settings (e.g. wal_level, synchronous_commit). */
    public static PgCluster start(Map<String, String> settings) throws IOException {
        PgCluster pg = allocate("gold-pg-");
        Path dir = pg.dir;
        try {
            pg.server("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--no-locale", "--no-sync");
            StringBuilder conf = new StringBuilder()
                    .append("listen_addresses = '127.0.0.1'\nport = ").append(pg.port)
                    .append("\nunix_socket_directories = '").append(dir.resolve("sock")).append("'\n")
                    .append("fsync = off\nfull_page_writes = off\nmax_connections = 200\n");
            settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
            pg.appendConf(conf);
            pg.startAgain();
            return pg;
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /**
     * A streaming standby of {@code primary}, copied with pg_basebackup -R and started on its own free
     * port; it connects with {@code application_name = name}, so the primary can name it in
     * {@code synchronous_standby_names}. Returns once it runs (see {@link #awaitSynchronousStandby}).
     */
    public static PgCluster standby(PgCluster primary, String name) throws IOException {
        PgCluster pg = allocate("gold-pg-standby-");
        Path dir = pg.dir;
        try {
            pg.server("pg_basebackup", "-D", dir.resolve("data").toString(), "-h", "127.0.0.1",
                    "-p", String.valueOf(primary.port), "-U", "postgres", "-R", "-X", "stream", "-c", "fast", "--no-sync");
            String conf = "port = " + pg.port + "\nunix_socket_directories = '" + dir.resolve("sock") + "'\n"
                    + "primary_conninfo = 'host=127.0.0.1 port=" + primary.port + " user=postgres application_name=" + name + "'\n";
            pg.appendConf(conf);
            pg.server("sh", "-c", "sed -i '/^primary_conninfo/d' '" + dir.resolve("data/postgresql.auto.conf") + "'");
            pg.startAgain();
            return pg;
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** A new temp directory (with the socket directory, the postgres user's when we are root) on a free port. */
    private static PgCluster allocate(String prefix) throws IOException {
        Path bin = Host.postgresBinaries();
        Path dir = Files.createTempDirectory(prefix);
        Files.createDirectories(dir.resolve("sock"));
        if (Host.ROOT) {
            Host.run(dir, List.of("chown", "-R", "postgres:postgres", dir.toString()), "", 120);
        }
        return new PgCluster(dir, bin, Host.freePort());
    }

    /** Appends lines to postgresql.conf (as postgres: the data directory is its). */
    private void appendConf(CharSequence lines) throws IOException {
        server("sh", "-c", "cat >> '" + dir.resolve("data/postgresql.conf") + "' <<'EOF'\n" + lines + "EOF\n");
    }

    /** Waits until the primary reports standby {@code name} as its synchronous standby. */
    public void awaitSynchronousStandby(String name, Duration limit) throws IOException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_replication WHERE application_name = '"
                         + name + "' AND sync_state = 'sync' AND state = 'streaming'")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return;
                }
            } catch (SQLException e) {
                // not up yet: try again until the limit
            }
            sleep(100);
        }
        throw new IOException("standby " + name + " did not become synchronous within " + limit);
    }

    /**
     * Promotes this standby to a primary, as a failover manager would: first it stops requiring a
     * synchronous standby (its own would be gone), then pg_ctl promote, waiting until it accepts writes.
     */
    public void promote() throws IOException {
        addSettings(Map.of("synchronous_standby_names", "''"));
        server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60", "promote");
    }

    /** Appends settings to postgresql.conf and reloads a running server. */
    public void addSettings(Map<String, String> settings) throws IOException {
        StringBuilder conf = new StringBuilder();
        settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
        appendConf(conf);
        if (isRunning()) {
            server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "reload");
        }
    }

    /** Starts the server again on its existing data directory (after {@link #kill()} or {@link #killAll()}). */
    public void startAgain() throws IOException {
        server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    /** SIGKILL to the postmaster and every one of its processes at once (a crashed host), then waits until all are gone. */
    public void killAll() throws IOException {
        Host.killAll(Host.tree(postmasterPid()), Duration.ofSeconds(30));
    }

    /** Whether the postmaster of this cluster is alive. */
    public boolean isRunning() {
        try {
            return ProcessHandle.of(postmasterPid()).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private long postmasterPid() throws IOException {
        Path pidFile = dir.resolve("data/postmaster.pid");
        if (!Files.exists(pidFile)) {
            throw new IOException("no postmaster.pid in " + dir);
        }
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public int port() { return port; }
    public Path directory() { return dir; }
    public String user() { return "postgres"; }
    public String password() { return ""; }

    /** JDBC URL of a database in this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a database and returns its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    /** Runs psql -v k=v ... -f file against a database, failing on the first SQL error. */
    public String psql(String database, Path file, Map<String, String> vars) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-q",
                "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-d", database));
        vars.forEach((k, v) -> { cmd.add("-v"); cmd.add(k + "=" + v); });
        cmd.add("-f");
        cmd.add(file.toAbsolutePath().toString());
        return Host.run(dir, cmd, "", 120);
    }

    /** Stops the server immediately (as a crash would) without removing the directory. */
    public void kill() throws IOException {
        server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() {
        reaper.now();
    }

    private void stopQuietly() {
        try {
            if (isRunning()) {
                server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("PgCluster: stop failed: " + e.getMessage());
        }
        Host.deleteTree(dir);
    }

    /** Runs a server-side command in the cluster directory, as postgres when we are root. */
    private String server(String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(command));
        if (!cmd.get(0).contains("/") && !cmd.get(0).equals("sh")) {
            cmd.set(0, bin.resolve(cmd.get(0)).toString());
        }
        return Host.run(dir, cmd, "postgres", 120);
    }
}
