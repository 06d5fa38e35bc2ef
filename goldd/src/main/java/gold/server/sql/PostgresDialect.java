package gold.server.sql;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLWarning;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL: writers run READ COMMITTED; the id counters' row locks order them, and the rare checks
 * that must not race lock the transaction-id counter row first (no advisory lock in the request path). Deadlocks, serialization
 * failures, lock timeouts and unique violations (a racing insert) run the request again; read-only
 * or standby servers (SQLSTATE 25006) and lost connections (class 08, 57P0x, 53300) are "unavailable".
 */
public final class PostgresDialect implements Dialect {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gold-commit-timer");
        t.setDaemon(true);
        return t;
    });
    private final int commitTimeout;

    /** {@code commitTimeout}: seconds a commit may wait for synchronous replication before it is cancelled. */
    public PostgresDialect(int commitTimeout) {
        this.commitTimeout = commitTimeout;
    }

    /** Arbitrary constant shared by every Gold server: the advisory lock guarding the bootstrap. */
    private static final long BOOTSTRAP_LOCK = 0x476f6c64L;

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        // READ COMMITTED is the pool's isolation level for every connection (Database.openPostgres)
        c.setAutoCommit(false);
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }

    @Override
    public void lockForBootstrap(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")");
        }
    }

    @Override
    public boolean commit(Connection c) throws SQLException {
        c.clearWarnings();
        ScheduledFuture<?> cancel = TIMER.schedule(() -> cancel(c), commitTimeout, TimeUnit.SECONDS);
        try {
            c.commit();
        } finally {
            cancel.cancel(false);
        }
        for (SQLWarning w = c.getWarnings(); w != null; w = w.getNextWarning()) {
            if (String.valueOf(w.getMessage()).contains("synchronous replication")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean confirmSeenCommits(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT txid_current()");
        }
        return commit(c);
    }

    private static void cancel(Connection c) {
        try {
            c.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            Logger.getLogger(PostgresDialect.class.getName())
                    .log(Level.WARNING, "could not cancel a commit waiting for replication", e);
        }
    }

    @Override
    public void relaxedCommits(Connection c, boolean relaxed) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(relaxed ? "SET synchronous_commit TO off" : "RESET synchronous_commit");
        }
    }

    @Override
    public void lockWait(Connection c, long millis) throws SQLException {
        try (Statement s = c.createStatement()) {
            // RESET goes back to the pool's connection option (database.lock.timeout)
            s.execute(millis < 0 ? "RESET lock_timeout" : "SET lock_timeout = " + millis);
        }
    }

    @Override
    public void lockKey(Connection c, String key) throws SQLException {
        // a row lock, not an advisory lock (which PostgreSQL-compatible distributed engines lack): the
        // transaction-id counter row, which every writer holds from its first id to its commit anyway,
        // so the caller runs its check alone among writers; only rare check-then-insert steps use it
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction' FOR UPDATE")) {
            ps.executeQuery().close();
        }
    }

    @Override
    public String forUpdate() {
        return " FOR UPDATE";
    }

    @Override
    public Failure classify(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return Failure.UNAVAILABLE;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("23505")) {
            return Failure.RETRY;
        }
        if (state.startsWith("08") || state.equals("25006") || state.startsWith("57P") || state.equals("53300")) {
            return Failure.UNAVAILABLE;
        }
        return Failure.OTHER;
    }
}
