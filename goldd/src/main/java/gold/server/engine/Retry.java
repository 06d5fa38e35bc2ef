package gold.server.engine;

import gold.server.sql.Dialect;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a whole request attempt again when the database says it lost a race (serialization failure,
 * deadlock, lock timeout, SQLITE_BUSY): at most {@code attempts} times, with exponential, jittered
 * back-off so colliding requests spread out. Interrupts are restored, never swallowed.
 */
final class Retry {
    /** One attempt of the request; it rolls back its own transaction on failure. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(Retry.class.getName());
    private final Dialect dialect;
    private final int attempts;
    private final long baseMillis;

    Retry(Dialect dialect, int attempts, long baseMillis) {
        this.dialect = dialect;
        this.attempts = attempts;
        this.baseMillis = baseMillis;
    }

    <T> T run(Attempt<T> attempt) throws SQLException {
        for (int i = 1; ; i++) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                if (i >= attempts || dialect.classify(e) != Dialect.Failure.RETRY) {
                    throw e;
                }
                LOG.fine("retrying request after " + e.getSQLState() + " (attempt " + i + ")");
                pause(i);
            }
        }
    }

    private void pause(int attempt) throws SQLException {
        long cap = baseMillis << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(baseMillis, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry", "57014", e);
        }
    }
}
