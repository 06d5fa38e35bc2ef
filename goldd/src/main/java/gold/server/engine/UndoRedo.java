package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.AttributeMeta;
import gold.server.meta.ObjectMeta;
import gold.server.sql.KeyGenerator;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.List;

/**
 * Transaction Undo and Redo over the row journal (docs/data-model.md, Actions). Undo moves every row version
 * written by requests at or after U into the journals and restores the versions before U; Redo
 * brings back the versions of the smallest undone request; the next modifying request discards the
 * redo information ({@link #cleanup}).
 */
final class UndoRedo {
    private UndoRedo() {
    }

    static Response undo(RequestContext ctx, Request request) throws SQLException {
        long u = undoId(ctx, request);
        long count = 0;
        for (ObjectMeta o : ctx.metadata().keyedObjects()) {
            String t = o.table();
            String k = keyMatch(o, "x", t + "_log");
            update(ctx, new Sql("INSERT INTO " + t + "_log SELECT * FROM " + t + " WHERE g_request_id >= ").param(u));
            count += update(ctx, new Sql("DELETE FROM " + t + " WHERE g_request_id >= ").param(u));
            update(ctx, new Sql("INSERT INTO " + t + " SELECT DISTINCT * FROM " + t + "_log WHERE g_request_id < ").param(u)
                    .add(" AND NOT EXISTS (SELECT 1 FROM " + t + " x WHERE " + k + ")")
                    .add(" AND EXISTS (SELECT 1 FROM " + t + "_log x WHERE " + k + " AND x.g_request_id >= ").param(u)
                    .add(") AND g_transaction_id = (SELECT MAX(x.g_transaction_id) FROM " + t + "_log x WHERE " + k
                            + " AND x.g_request_id < ").param(u).add(")"));
            dropLiveVersions(ctx, o);
        }
        KeyGenerator.set(ctx.connection(), "Request", u);
        update(ctx, new Sql("INSERT INTO g_undo (g_request_id) VALUES (").param(u).add(")"));
        ctx.markStale();
        return Response.success(Code.SUCCESS.code(), "Successfully undid " + count + " transactions", count, List.of());
    }

    static Response redo(RequestContext ctx) throws SQLException {
        List<String> undone = RowReader.column(ctx.connection(),
                new Sql("SELECT g_request_id FROM g_undo ORDER BY g_request_id"));
        if (undone.isEmpty()) {
            throw Code.FAILED.exception("No transactions available to redo");
        }
        long u1 = Long.parseLong(undone.get(0));
        long u2 = undone.size() > 1 ? Long.parseLong(undone.get(1)) : ctx.requestId() + 1;
        long count = 0;
        for (ObjectMeta o : ctx.metadata().keyedObjects()) {
            String t = o.table();
            String k = keyMatch(o, "l", t);
            Sql inRange = new Sql(" EXISTS (SELECT 1 FROM " + t + "_log l WHERE " + k + " AND l.g_request_id >= ")
                    .param(u1).add(" AND l.g_request_id < ").param(u2).add(")");
            update(ctx, new Sql("INSERT INTO " + t + "_log SELECT * FROM " + t + " WHERE").append(inRange));
            update(ctx, new Sql("DELETE FROM " + t + " WHERE").append(inRange));
            String z = keyMatch(o, "z", t + "_log");
            count += update(ctx, new Sql("INSERT INTO " + t + " SELECT DISTINCT * FROM " + t + "_log WHERE g_request_id >= ")
                    .param(u1).add(" AND g_request_id < ").param(u2)
                    .add(" AND g_transaction_id = (SELECT MAX(z.g_transaction_id) FROM " + t + "_log z WHERE " + z
                            + " AND z.g_request_id >= ").param(u1).add(" AND z.g_request_id < ").param(u2).add(")"));
            dropLiveVersions(ctx, o);
        }
        update(ctx, new Sql("DELETE FROM g_undo WHERE g_request_id = ").param(u1));
        KeyGenerator.set(ctx.connection(), "Request", u1 + 1);
        ctx.markStale();
        return Response.success(Code.SUCCESS.code(), "Successfully redid " + count + " transactions", count, List.of());
    }

    /** Before the first modifying request after an undo: redo is no longer possible. */
    static void cleanup(RequestContext ctx) throws SQLException {
        List<String> first = RowReader.column(ctx.connection(), new Sql("SELECT MIN(g_request_id) FROM g_undo"));
        if (first.isEmpty() || first.get(0).isEmpty()) {
            return;
        }
        long u = Long.parseLong(first.get(0));
        for (ObjectMeta o : ctx.metadata().keyedObjects()) {
            update(ctx, new Sql("DELETE FROM " + o.table() + "_log WHERE g_request_id >= ").param(u));
        }
        update(ctx, new Sql("DELETE FROM g_undo"));
    }

    private static long undoId(RequestContext ctx, Request request) throws SQLException {
        for (Condition c : request.conditions()) {
            if (c.name().equals("RequestId")) {
                return Long.parseLong(c.value().trim());
            }
        }
        ctx.flushJournal();
        List<String> max = RowReader.column(ctx.connection(), new Sql("SELECT MAX(g_request_id) FROM g_transaction"));
        if (max.isEmpty() || max.get(0).isEmpty()) {
            throw Code.FAILED.exception("No transactions available to undo");
        }
        return Long.parseLong(max.get(0));
    }

    /** Journal versions identical (same ids) to a live row are not history any more. */
    private static void dropLiveVersions(RequestContext ctx, ObjectMeta o) throws SQLException {
        String t = o.table();
        String k = keyMatch(o, "x", t + "_log");
        update(ctx, new Sql("DELETE FROM " + t + "_log WHERE EXISTS (SELECT 1 FROM " + t + " x WHERE " + k
                + " AND x.g_request_id = " + t + "_log.g_request_id AND x.g_transaction_id = " + t
                + "_log.g_transaction_id)"));
    }

    private static String keyMatch(ObjectMeta o, String a, String b) {
        return String.join(" AND ", o.primaryKeys().stream().map(AttributeMeta::column)
                .map(c -> a + "." + c + " = " + b + "." + c).toList());
    }

    private static int update(RequestContext ctx, Sql sql) throws SQLException {
        return sql.update(ctx.connection());
    }
}
