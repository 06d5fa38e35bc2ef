package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Create of a key that exists as a deleted row (docs/data-model.md, Actions): undelete it, then set every
 * ordinary attribute to the assigned value or NULL. Two Transaction records with distinct ids
 * (decision Q5). No object-specific side effects.
 */
final class Revival {
    private Revival() {
    }

    static Response run(RequestContext ctx, Request request, ObjectMeta o, List<Condition> key,
                        Map<String, Assignment> values) throws SQLException {
        QueryScope scope = QueryScope.of(ctx.metadata(), List.of(ObjectRef.of(o.name())));
        Sql deleted = WhereClause.build(scope, key, WhereClause.Deleted.ONLY_DELETED);
        long undeleteId = ctx.nextTransactionId();
        Journal.checkpoint(ctx, o, deleted);
        int count = new Sql("UPDATE " + o.table() + " SET g_deleted = 'False', ").append(stamp(ctx, undeleteId))
                .append(deleted).update(ctx.connection());
        TransactionRecord.generic(o, "Undelete", request.actor(), count, List.of(), key).write(ctx, undeleteId);
        if (MetadataObjects.contains(o.name())) {
            ctx.markStale();
        }
        long modifyId = ctx.nextTransactionId();
        Sql live = WhereClause.build(scope, key, WhereClause.Deleted.LIVE);
        Journal.checkpoint(ctx, o, live);
        Sql update = new Sql("UPDATE " + o.table() + " SET ");
        List<Assignment> logged = new ArrayList<>();
        for (AttributeMeta a : o.attributes()) {
            if (a.primaryKey() || a.fixed() || a.hidden() || a.type() == DataType.AutoGen) {
                continue;
            }
            Assignment v = values.getOrDefault(a.name(), Assignment.of(a.name(), "NULL"));
            logged.add(v);
            update.add(a.column() + " = ").param(v.value().equals("NULL") ? null : v.value(), a.type()).add(", ");
        }
        update.append(stamp(ctx, modifyId)).append(live).update(ctx.connection());
        TransactionRecord.generic(o, "Modify", request.actor(), count, logged, key).write(ctx, modifyId);
        List<Row> rows = Journal.rowsOf(ctx, o, modifyId, "True".equals(request.option("ShowHidden")), false);
        return Response.success(Code.SUCCESS.code(), "Successfully created " + count + " " + o.name(), count, rows);
    }

    /** The bookkeeping assignments every UPDATE carries. */
    static Sql stamp(RequestContext ctx, long transactionId) throws SQLException {
        return new Sql("g_modification_time = ").param(ctx.now()).add(", g_request_id = ").param(ctx.requestId())
                .add(", g_transaction_id = ").param(transactionId);
    }
}
