package gold.bench;

import gold.testkit.Host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own PostgreSQL cluster: initdb under the work directory, loopback only on a free
 * port, trust authentication for {@code postgres}, every server command as the postgres OS user when
 * we are root. Statement logging goes to {@code server.log} and is switched on only while the ceiling
 * captures one request. {@link #close()} stops it (bench.sh's trap does the same if the JVM dies).
 */
public final class Postgres implements AutoCloseable {
    private final Path dir;
    private final Path bin;
    private final int port;
    private final Map<String, String> settings;
    private boolean running;

    private Postgres(Path dir, Path bin, int port, Map<String, String> settings) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.settings = settings;
    }

    /** initdb and start; settings are appended to postgresql.conf (fsync, synchronous_commit ...). */
    public static Postgres start(Path dir, Map<String, String> settings) throws IOException {
        Path bin = Host.postgresBinaries();
        Files.createDirectories(dir.resolve("sock"));
        if (Shell.ROOT) {
            Shell.check("chown", "-R", "postgres:postgres", dir.toString());
        }
        Postgres pg = new Postgres(dir, bin, Host.freePort(), settings);
        pg.server(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync");
        StringBuilder conf = new StringBuilder()
                .append("listen_addresses = '127.0.0.1'\nport = ").append(pg.port)
                .append("\nunix_socket_directories = '").append(dir.resolve("sock")).append("'\n")
                .append("max_connections = 200\nlog_line_prefix = '%m [%p] '\n");
        settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(dir.resolve("extra.conf"), conf.toString());
        if (Shell.ROOT) {
            Shell.check("chown", "postgres:postgres", dir.resolve("extra.conf").toString());
        }
        pg.server("sh", "-c", "cat '" + dir.resolve("extra.conf") + "' >> '" + dir.resolve("data/postgresql.conf") + "'");
        pg.running = true;
        pg.server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                pg.log().toString(), "-w", "-t", "60", "start");
        return pg;
    }

    public int port() { return port; }
    public Path bin() { return bin; }
    public Path log() { return dir.resolve("server.log"); }
    public Map<String, String> settings() { return settings; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** Runs statements on a database in autocommit mode. */
    public void execute(String database, String... sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** The first column of the first row, "" when there is none. */
    public String value(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
        }
    }

    /** Pid of the postmaster, whose children are the backends. */
    public long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).strip());
    }

    /** Runs pgbench with the given arguments as postgres; returns its stdout. */
    public String pgbench(List<String> args, long timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("pgbench").toString(), "-h", "127.0.0.1",
                "-p", String.valueOf(port), "-U", "postgres"));
        cmd.addAll(args);
        return Shell.run(cmd, "postgres", Map.of(), dir, timeoutSeconds).orThrow(cmd).stdout();
    }

    /** Makes a file readable by the postgres user (pgbench scripts written by us as root). */
    public Path share(Path file) throws IOException {
        if (Shell.ROOT) {
            Shell.check("chown", "postgres:postgres", file.toString());
        }
        return file;
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            server(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            System.err.println("bench: stopping PostgreSQL failed: " + e.getMessage());
        }
    }

    private void server(String... command) throws IOException {
        Shell.run(List.of(command), "postgres", Map.of(), dir, 120).orThrow(List.of(command));
    }
}
