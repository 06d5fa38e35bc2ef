package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.meta.AttributeMeta;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic Modify (docs/data-model.md, Actions): checkpoint the matching rows, one UPDATE (assign, Inc, Dec;
 * {@code NULL} is SQL NULL), one Transaction record; 0 rows is still Success.
 */
final class ModifyAction {
    private ModifyAction() {
    }

    static Response run(RequestContext ctx, Request request) throws SQLException {
        ObjectMeta o = ctx.metadata().require(request.object());
        Map<String, Assignment> values = new LinkedHashMap<>();
        request.assignments().forEach(a -> values.put(a.name(), a));
        SideEffects.beforeModify(ctx, o, values);
        if (MetadataObjects.contains(o.name())) {
            ctx.markStale();
        }
        QueryScope scope = QueryScope.of(ctx.metadata(), List.of(ObjectRef.of(o.name())));
        Sql where = WhereClause.build(scope, request.conditions(), WhereClause.Deleted.LIVE);
        // ids as late as possible (docs/differences.md): right before the first journal row
        long t = ctx.nextTransactionId();
        Journal.checkpoint(ctx, o, where);
        Sql update = new Sql("UPDATE " + o.table() + " SET ");
        for (Assignment a : values.values()) {
            AttributeMeta attr = o.attribute(a.name()).orElseThrow();
            String column = attr.column();
            switch (a.op()) {
                case "Inc" -> update.add(column + " = " + column + " + ").param(a.value(), attr.type());
                case "Dec" -> update.add(column + " = " + column + " - ").param(a.value(), attr.type());
                default -> update.add(column + " = ").param(a.value().equals("NULL") ? null : a.value(), attr.type());
            }
            update.add(", ");
        }
        int count = update.append(Revival.stamp(ctx, t)).append(where).update(ctx.connection());
        TransactionRecord.generic(o, "Modify", request.actor(), count, request.assignments(), request.conditions())
                .write(ctx, t);
        List<Row> rows = ctx.replyRows() ? Journal.rowsOf(ctx, o, t, "True".equals(request.option("ShowHidden")), false)
                : List.of();
        return Response.success(Code.SUCCESS.code(), "Successfully modified " + count + " " + o.name() + "s", count, rows);
    }
}
