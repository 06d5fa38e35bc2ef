package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;

import java.sql.SQLException;

/**
 * One object/action implementation plugged in before the generic engine (the seam for
 * {@code gold.server.bank}). The dispatcher has already validated, authorized and cooked the request.
 * To decline, throw {@code Code.UNSUPPORTED_ACTION.exception(...)} (313) or {@code Code.UNSUPPORTED_OBJECT} (315):
 * the generic engine then runs the request instead (docs/data-model.md, Validation and cooking).
 */
@FunctionalInterface
public interface ActionHandler {
    Response handle(RequestContext ctx, Request request) throws SQLException;

    /** Whether the request writes; read-only requests run in a read transaction and may be chunked. */
    default boolean writes(Request request) {
        return !Actions.plain(request.action()).equals("Query");
    }
}
