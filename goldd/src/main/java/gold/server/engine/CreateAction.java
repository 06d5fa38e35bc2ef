package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.ObjectMeta;
import gold.server.sql.KeyGenerator;
import gold.server.sql.Sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic Create (docs/data-model.md, Actions): duplicate check or revival of a deleted row with the same key,
 * the object-specific side effects (tables for Object, columns for Attribute, hashing for Password),
 * one INSERT and one Transaction record.
 */
final class CreateAction {
    private static final List<String> BOOKKEEPING = List.of("CreationTime", "ModificationTime", "RequestId",
            "TransactionId");

    private CreateAction() {
    }

    static Response run(RequestContext ctx, Request request) throws SQLException {
        ObjectMeta o = ctx.metadata().require(request.object());
        boolean showHidden = "True".equals(request.option("ShowHidden"));
        Map<String, Assignment> values = new LinkedHashMap<>();
        request.assignments().forEach(a -> values.put(a.name(), a));
        List<Condition> key = duplicateKey(o, values);
        if (!key.isEmpty()) {
            ctx.dialect().lockKey(ctx.connection(), "create " + o.table() + " " + key);
            String deleted = existing(ctx, o, key);
            if ("live".equals(deleted)) {
                throw Code.FAILED.exception(o.name() + " already exists");
            }
            if ("deleted".equals(deleted)) {
                return Revival.run(ctx, request, o, key, values);
            }
        }
        SideEffects.beforeInsert(ctx, o, values);
        if (MetadataObjects.contains(o.name())) {
            ctx.markStale();
        }
        // ids as late as possible (docs/differences.md): only the rows written from here on carry them
        long t = ctx.nextTransactionId();
        SideEffects.afterIds(ctx, o, values, t);
        insert(ctx, o, values, t);
        List<Assignment> logged = new ArrayList<>(values.values());
        TransactionRecord.generic(o, "Create", request.actor(), 1, logged, List.of()).write(ctx, t);
        List<Row> rows = Journal.rowsOf(ctx, o, t, showHidden, false);
        return Response.success(Code.SUCCESS.code(), "Successfully created 1 " + o.name(), 1, rows);
    }

    /** Equality conditions on the visible, non-AutoGen key attributes (empty when there are none). */
    private static List<Condition> duplicateKey(ObjectMeta o, Map<String, Assignment> values) {
        List<Condition> key = new ArrayList<>();
        for (AttributeMeta a : o.primaryKeys()) {
            if (a.hidden() || a.type() == DataType.AutoGen) {
                continue;
            }
            Assignment v = values.get(a.name());
            key.add(Condition.eq(a.name(), v == null ? "NULL" : v.value()));
        }
        return key;
    }

    /** "live", "deleted" or "" for the row with this key. */
    private static String existing(RequestContext ctx, ObjectMeta o, List<Condition> key) throws SQLException {
        Sql sql = new Sql("SELECT g_deleted FROM " + o.table())
                .append(WhereClause.build(QueryScope.of(ctx.metadata(), List.of(ObjectRef.of(o.name()))),
                        key, WhereClause.Deleted.ALL));
        String result = "";
        try (PreparedStatement ps = sql.prepare(ctx.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!"True".equals(rs.getString(1))) {
                    return "live";
                }
                result = "deleted";
            }
        }
        return result;
    }

    private static void insert(RequestContext ctx, ObjectMeta o, Map<String, Assignment> values, long t)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        Sql params = new Sql("");
        for (AttributeMeta a : o.attributes()) {
            if (BOOKKEEPING.contains(a.name())) {
                continue;
            }
            String value;
            if (a.type() == DataType.AutoGen) {
                // the generated id is not logged in the Transaction record (docs/bank.md, Journal entries)
                value = String.valueOf(KeyGenerator.nextId(ctx.connection(), o.name()));
            } else if (values.containsKey(a.name())) {
                value = values.get(a.name()).value();
            } else {
                continue;
            }
            columns.add(a.column());
            params.add(params.text().isEmpty() ? "" : ", ").param(value.equals("NULL") ? null : value, a.type());
        }
        columns.addAll(List.of("g_creation_time", "g_modification_time", "g_request_id", "g_transaction_id"));
        Sql sql = new Sql("INSERT INTO " + o.table() + " (" + String.join(", ", columns) + ") VALUES (")
                .append(params).add(params.text().isEmpty() ? "" : ", ").param(ctx.now()).add(", ")
                .param(ctx.now()).add(", ").param(ctx.requestId()).add(", ").param(t).add(")");
        sql.update(ctx.connection());
    }
}
