package gold.server.sql;

import gold.protocol.Code;
import gold.protocol.GoldException;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one translation of a database error into what a client is told: 730 when the database is away or
 * refuses writes (clients fail over), 720 for anything else. The SQL text and stack go to the log only
 * (docs/differences.md: 720 replies carry a plain message).
 */
public final class DatabaseFailure {
    private DatabaseFailure() {
    }

    /** Logs {@code e} once, on {@code log}, as a failure of {@code what}, and returns the client's answer. */
    public static GoldException answer(Dialect dialect, SQLException e, String what, Logger log) {
        if (e instanceof WritesRefused) {
            log.warning("writes refused for " + what + ": " + e.getMessage());
            return Code.DB_UNAVAILABLE.exception("The database is unavailable for writes (refused by the split-brain guard; see the server log)", e);
        }
        if (dialect.classify(e) == Dialect.Failure.UNAVAILABLE) {
            log.log(Level.WARNING, "database unavailable for " + what, e);
            return Code.DB_UNAVAILABLE.exception("The database is unavailable", e);
        }
        log.log(Level.SEVERE, "database error for " + what, e);
        return Code.INTERNAL.exception("Internal server error (database failure); see the server log", e);
    }
}
