package gold.server.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import gold.server.metrics.WorkerMetrics;

/**
 * The connection pools of one server process and the dialect of the database behind them. SQLite gets
 * two pools (readers with deferred transactions, writers with BEGIN IMMEDIATE) over one WAL file;
 * PostgreSQL one HikariCP pool with connect, socket, lock and idle-in-transaction timeouts.
 */
public final class Database implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource reads;
    private final HikariDataSource writes;
    private final Optional<HostGuard> guard;

    private Database(Dialect dialect, HikariDataSource reads, HikariDataSource writes,
                     Optional<HostGuard> guard) {
        this.dialect = dialect;
        this.reads = reads;
        this.writes = writes;
        this.guard = guard;
    }

    public static Database open(DatabaseSettings s) {
        return s.sqlite() ? openSqlite(s) : openPostgres(s);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A connection for a transaction that writes (not yet begun). */
    public Connection writer() throws SQLException {
        return writes.getConnection();
    }

    /**
     * Before a request writes: with several database hosts, refuses (SQLSTATE 25006, answered 730)
     * while more than one is writable or the writable one is behind another's timeline.
     */
    public void requireSafeToWrite() throws SQLException {
        if (guard.isPresent()) {
            guard.get().requireSafeToWrite();
        }
    }

    /** The split-brain guard's last conclusion; empty unless the datasource names several PostgreSQL hosts. */
    public Optional<GuardState> guardState() {
        return guard.map(HostGuard::state);
    }

    /** A connection for a read-only transaction (not yet begun). */
    public Connection reader() throws SQLException {
        return reads.getConnection();
    }

    @Override
    public void close() {
        reads.close();
        if (writes != reads) {
            writes.close();
        }
    }

    private static Database openSqlite(DatabaseSettings s) {
        Path file = Path.of(s.jdbcUrl().substring("jdbc:sqlite:".length()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        HikariDataSource reads = sqlitePool(s, SQLiteConfig.TransactionMode.DEFERRED, "gold-sqlite-read");
        HikariDataSource writes = sqlitePool(s, SQLiteConfig.TransactionMode.IMMEDIATE, "gold-sqlite-write");
        return new Database(new SqliteDialect(s.busyTimeout() * 1000L), reads, writes, Optional.empty());
    }

    private static HikariDataSource sqlitePool(DatabaseSettings s, SQLiteConfig.TransactionMode mode, String name) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(s.busyTimeout() * 1000);
        config.setTransactionMode(mode);
        // Match (LIKE) compares case-sensitively, as on PostgreSQL and the classic server
        config.enableCaseSensitiveLike(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(s.jdbcUrl());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setPoolName(name);
        hc.setMaximumPoolSize(mode == SQLiteConfig.TransactionMode.IMMEDIATE ? 2 : s.poolSize());
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(Math.max(s.busyTimeout(), s.connectTimeout()) * 1000L);
        hc.setInitializationFailTimeout(-1);
        hc.setMetricsTrackerFactory(WorkerMetrics.POOL_TRACKER);
        return new HikariDataSource(hc);
    }

    private static Database openPostgres(DatabaseSettings s) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(s.jdbcUrl());
        hc.setDataSourceProperties(PostgresProperties.of(s));
        hc.setPoolName("gold-postgres");
        // set once per connection (and restored by the pool), not by a statement in every request
        hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hc.setMaximumPoolSize(s.poolSize());
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(s.connectTimeout() * 1000L);
        hc.setInitializationFailTimeout(-1);
        hc.setMetricsTrackerFactory(WorkerMetrics.POOL_TRACKER);
        HikariDataSource ds = new HikariDataSource(hc);
        Optional<HostGuard> guard = HostGuard.of(s);
        // probe once now, so a refusing guard is in the log from the start, not only at the first write
        guard.ifPresent(HostGuard::check);
        return new Database(new PostgresDialect(s.commitTimeout()), ds, ds, guard);
    }
}
