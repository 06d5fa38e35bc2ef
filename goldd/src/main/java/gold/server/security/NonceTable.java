package gold.server.security;

import gold.protocol.security.ReplayGuard;
import gold.server.sql.Database;
import gold.server.sql.DatabaseFailure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The GS2 replay window (docs/protocol.md, GS2 suite) kept in the database table g_nonce, so every worker and
 * every server sharing the database refuses a replayed message: the unique index on (token, nonce)
 * admits each nonce once, also when two servers insert the same nonce at the same moment. Expired
 * nonces are deleted every few hundred uses.
 */
public final class NonceTable implements ReplayGuard {
    private static final Logger LOG = Logger.getLogger(NonceTable.class.getName());
    private static final int CLEAN_EVERY = 256;
    private final Database db;
    private final AtomicLong uses = new AtomicLong();

    public NonceTable(Database db) {
        this.db = db;
    }

    /**
     * A replay only when the row is there already; a database that cannot answer is not a replay: it
     * is answered 730 (unavailable) or 720 (any other error) and logged, so an operator sees the fault.
     */
    @Override
    public boolean firstUse(String tokenType, String tokenName, String nonce, long expiresAtEpochSeconds) {
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            try {
                boolean fresh = insert(c, tokenType + ":" + tokenName, nonce, expiresAtEpochSeconds);
                if (uses.incrementAndGet() % CLEAN_EVERY == 0) {
                    try (PreparedStatement del = c.prepareStatement("DELETE FROM g_nonce WHERE g_time < ?")) {
                        del.setLong(1, System.currentTimeMillis() / 1000);
                        del.executeUpdate();
                    }
                }
                // through the dialect: SQLite's driver commit() would at once begin the next write transaction
                db.dialect().commit(c);
                return fresh;
            } catch (SQLException e) {
                rollback(c, e);
                if (isDuplicate(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseFailure.answer(db.dialect(), e, "the GS2 replay check of nonce " + nonce, LOG);
        }
    }

    private static void rollback(Connection c, SQLException cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean insert(Connection c, String token, String nonce, long expires) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO g_nonce (g_token, g_nonce, g_time) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM g_nonce WHERE g_token = ? AND g_nonce = ?)")) {
            ins.setString(1, token);
            ins.setString(2, nonce);
            ins.setLong(3, expires);
            ins.setString(4, token);
            ins.setString(5, nonce);
            return ins.executeUpdate() == 1;
        }
    }

    /** A racing insert of the same nonce on another connection: PostgreSQL 23505, SQLite constraint 19. */
    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 19 || e.getErrorCode() == 2067;
    }
}
