package gold.server.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;

/**
 * PostgreSQL: writers run SERIALIZABLE so concurrent requests can never both pass a check the other
 * invalidates; the losers get SQLSTATE 40001 and the frame runs them again. Read-only or standby
 * servers (SQLSTATE 25006) and lost connections (class 08, 57P0x, 53300) are "unavailable".
 */
public final class PostgresDialect implements Dialect {
    /** Arbitrary constant shared by every Gold server: the advisory lock guarding the bootstrap. */
    private static final long BOOTSTRAP_LOCK = 0x476f6c64L;

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Override
    public void lockForBootstrap(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")");
        }
    }

    @Override
    public Failure classify(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return Failure.UNAVAILABLE;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return Failure.RETRY;
        }
        if (state.startsWith("08") || state.equals("25006") || state.startsWith("57P") || state.equals("53300")) {
            return Failure.UNAVAILABLE;
        }
        return Failure.OTHER;
    }
}
