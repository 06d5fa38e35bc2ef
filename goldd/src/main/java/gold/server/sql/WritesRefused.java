package gold.server.sql;

import java.sql.SQLException;

/**
 * The split-brain guard's refusal of a write (SQLSTATE 25006, read-only: answered 730). Its message is
 * the guard's detail; the guard logs the state itself, so no stack trace is needed per request.
 */
public final class WritesRefused extends SQLException {
    WritesRefused(String detail) {
        super(detail, "25006");
    }
}
