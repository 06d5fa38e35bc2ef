package gold.server.sql;

import java.sql.Connection;
import java.sql.SQLException;

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
        c.setAutoCommit(false);
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }

    @Override
    public void lockForBootstrap(Connection c) {
        // BEGIN IMMEDIATE of the write transaction already excludes every other writer.
    }

    @Override
    public void relaxedCommits(Connection c, boolean relaxed) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(relaxed ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
        }
    }

    @Override
    public void lockWait(Connection c, long millis) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
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
