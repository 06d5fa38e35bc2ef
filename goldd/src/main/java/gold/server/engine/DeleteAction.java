package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.List;

/**
 * Generic Delete and Undelete (docs/data-model.md, Actions): soft deletion after a checkpoint, with the
 * association cascade of section 6 run first as nested requests (which take later transaction ids).
 */
final class DeleteAction {
    private DeleteAction() {
    }

    static Response delete(RequestContext ctx, Request request) throws SQLException {
        return run(ctx, request, true);
    }

    static Response undelete(RequestContext ctx, Request request) throws SQLException {
        return run(ctx, request, false);
    }

    private static Response run(RequestContext ctx, Request request, boolean delete) throws SQLException {
        ObjectMeta o = ctx.metadata().require(request.object());
        if (MetadataObjects.contains(o.name())) {
            ctx.markStale();
        }
        QueryScope scope = QueryScope.of(ctx.metadata(), List.of(ObjectRef.of(o.name())));
        Sql where = WhereClause.build(scope, request.conditions(),
                delete ? WhereClause.Deleted.LIVE : WhereClause.Deleted.ONLY_DELETED);
        // as late as the classic numbering allows: the cascade's nested requests number after the parent
        long t = ctx.nextTransactionId();
        long associations = Cascade.run(ctx, o, where, delete);
        Journal.checkpoint(ctx, o, where);
        Sql update = new Sql("UPDATE " + o.table() + " SET g_deleted = '" + (delete ? "True" : "False") + "', ")
                .append(Revival.stamp(ctx, t)).append(where);
        int count = update.update(ctx.connection());
        String action = delete ? "Delete" : "Undelete";
        TransactionRecord.generic(o, action, request.actor(), count, List.of(), request.conditions()).write(ctx, t);
        List<Row> rows = ctx.replyRows() ? Journal.rowsOf(ctx, o, t, "True".equals(request.option("ShowHidden")), delete)
                : List.of();
        String message = "Successfully " + (delete ? "deleted " : "undeleted ") + count + " " + o.name() + "s"
                + (associations > 0 ? " and " + associations + " associations" : "");
        return Response.success(Code.SUCCESS.code(), message, count, rows);
    }
}
