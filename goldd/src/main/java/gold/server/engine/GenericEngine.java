package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;

import java.sql.SQLException;

/**
 * The metadata-driven object engine (docs/data-model.md, Actions): Query, Create, Modify, Delete, Undelete
 * on any object, System Refresh, Transaction Undo/Redo. Requests reaching it directly (bank
 * sub-requests) are neither validated nor cooked nor authorized (docs/data-model.md, Internal sub-requests).
 */
public final class GenericEngine {

    public Response execute(RequestContext ctx, Request request) throws SQLException {
        String action = Actions.plain(request.action());
        if (JournalReads.touches(request)) {
            ctx.flushJournal();
        }
        if (!action.equals("Query") && (request.object().equals("ChargeRate") || action.equals("Undo")
                || action.equals("Redo"))) {
            ctx.markRatesChanged();
        }
        return switch (action) {
            case "Query" -> QueryAction.run(ctx, request);
            case "Create" -> CreateAction.run(ctx, request);
            case "Modify" -> ModifyAction.run(ctx, request);
            case "Delete" -> DeleteAction.delete(ctx, request);
            case "Undelete" -> DeleteAction.undelete(ctx, request);
            case "Refresh" -> refresh(ctx, request);
            case "Undo", "Redo" -> undoRedo(ctx, request, action);
            default -> throw Code.UNSUPPORTED_ACTION.exception("Unsupported base action: (" + action + ")");
        };
    }

    private static Response refresh(RequestContext ctx, Request request) {
        if (!request.object().equals("System")) {
            throw Code.UNSUPPORTED_OBJECT.exception(request.object() + " does not implement the Refresh action");
        }
        ctx.markStale();
        return Response.success("Successfully refreshed the metadata cache");
    }

    private static Response undoRedo(RequestContext ctx, Request request, String action) throws SQLException {
        if (!request.object().equals("Transaction")) {
            throw Code.UNSUPPORTED_OBJECT.exception(request.object() + " does not implement the " + action + " action");
        }
        return action.equals("Undo") ? UndoRedo.undo(ctx, request) : UndoRedo.redo(ctx);
    }
}
