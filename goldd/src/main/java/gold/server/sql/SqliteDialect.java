package gold.server.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite: the write pool's connections are configured for BEGIN IMMEDIATE, so a writer takes the
 * database lock when its transaction starts and never fails half-way with a lock upgrade; the busy
 * timeout makes writers queue, and a remaining SQLITE_BUSY retries the whole request.
 */
public final class SqliteDialect implements Dialect {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CANTOPEN = 14;
    private final long busyTimeoutMillis;

    /** {@code busyTimeoutMillis}: the configured busy timeout of the pools (database.busy.timeout). */
    public SqliteDialect(long busyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        begin(c);
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        begin(c);
    }

    /**
     * The driver marks the connection non-autocommit before its BEGIN runs; when the BEGIN fails
     * (SQLITE_BUSY) the flag must be put back, or the retried request would find "a transaction" that
     * is none and run every statement in autocommit.
     */
    private static void begin(Connection c) throws SQLException {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            try {
                c.setAutoCommit(true);
            } catch (SQLException expected) {
                // "cannot commit - no transaction is active": the flag is back, which is all we need
                e.addSuppressed(expected);
            }
            throw e;
        }
    }

    /**
     * Commits by returning to autocommit: the driver's commit() at once runs BEGIN IMMEDIATE again,
     * which holds the write lock while the reply is written and can wait for, or fail on, another
     * writer after this commit already went through (a failed "commit" would run the request twice).
     */
    @Override
    public boolean commit(Connection c) throws SQLException {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the flag is already back on autocommit, so Connection.rollback would refuse: end the
            // transaction by hand, lest the pooled connection keep it (and the write lock) open
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException none) {
                e.addSuppressed(none);
            }
            throw e;
        }
        return true;
    }

    @Override
    public void lockForBootstrap(Connection c) {
        // BEGIN IMMEDIATE of the write transaction already excludes every other writer.
    }

    @Override
    public void relaxedCommits(Connection c, boolean relaxed) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(relaxed ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
        }
    }

    @Override
    public void lockWait(Connection c, long millis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + (millis < 0 ? busyTimeoutMillis : millis));
        }
    }

    @Override
    public void lockKey(Connection c, String key) {
        // BEGIN IMMEDIATE: a writer already excludes every other writer.
    }

    @Override
    public Failure classify(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String message = String.valueOf(e.getMessage());
        if (code == BUSY || code == LOCKED || message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            return Failure.RETRY;
        }
        if (code == READONLY || code == CANTOPEN || code == IOERR || message.contains("SQLITE_READONLY")
                || message.contains("SQLITE_CANTOPEN")) {
            return Failure.UNAVAILABLE;
        }
        return Failure.OTHER;
    }
}
