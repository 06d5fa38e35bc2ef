package gold.server.engine;

import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.AttributeMeta;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The association cascade of Delete and Undelete (docs/data-model.md, Actions): for each row being changed, the
 * association rows naming it as parent and as child (both sides, decision Q3) are deleted or
 * undeleted by nested requests. Undelete only revives association rows deleted by the same request
 * as the parent row (decision Q4).
 */
final class Cascade {
    private Cascade() {
    }

    /** Runs the cascade; returns the number of association rows changed. */
    static long run(RequestContext ctx, ObjectMeta o, Sql where, boolean delete) throws SQLException {
        List<ObjectMeta> links = ctx.metadata().associationsOf(o.name());
        List<AttributeMeta> keys = o.primaryKeys();
        if (links.isEmpty() || keys.isEmpty()) {
            return 0;
        }
        List<String> columns = new ArrayList<>(keys.stream().map(AttributeMeta::column).toList());
        columns.add("g_request_id");
        List<List<String>> rows = RowReader.table(ctx.connection(),
                new Sql("SELECT " + String.join(", ", columns) + " FROM " + o.table()).append(where));
        long total = 0;
        for (List<String> row : rows) {
            for (ObjectMeta link : links) {
                if (link.parent().equals(o.name()) && link.attribute(o.name()).isPresent()) {
                    total += apply(ctx, link, List.of(Condition.eq(o.name(), row.get(0))), row, delete);
                }
                if (link.child().equals(o.name())) {
                    List<Condition> conditions = new ArrayList<>();
                    for (int i = 0; i < keys.size(); i++) {
                        if (link.attribute(keys.get(i).name()).isEmpty()) {
                            conditions.clear();
                            break;
                        }
                        conditions.add(Condition.eq(keys.get(i).name(), row.get(i)));
                    }
                    if (!conditions.isEmpty()) {
                        total += apply(ctx, link, conditions, row, delete);
                    }
                }
            }
        }
        return total;
    }

    private static long apply(RequestContext ctx, ObjectMeta link, List<Condition> conditions, List<String> parentRow,
                              boolean delete) throws SQLException {
        List<Condition> match = new ArrayList<>(conditions);
        if (!delete) {
            match.add(Condition.eq("RequestId", parentRow.get(parentRow.size() - 1)));
        }
        String action = delete ? "Delete" : "Undelete";
        if (!any(ctx, link, match, delete)) {
            // the classic runs the nested request even when it matches nothing, and a nested request
            // on RoleUser (or another metadata object) refreshes the cache: grmuser exits 8 (code 080)
            if (MetadataObjects.contains(link.name())) {
                ctx.markStale();
            }
            return 0;
        }
        Request.Builder sub = Request.builder(link.name(), action);
        match.forEach(sub::where);
        Response r = ctx.dispatch(sub.build());
        return Math.max(0, r.count());
    }

    private static boolean any(RequestContext ctx, ObjectMeta link, List<Condition> match, boolean delete)
            throws SQLException {
        QueryScope scope = QueryScope.of(ctx.metadata(), List.of(ObjectRef.of(link.name())));
        Sql sql = new Sql("SELECT 1 FROM " + link.table()).append(WhereClause.build(scope, match,
                delete ? WhereClause.Deleted.LIVE : WhereClause.Deleted.ONLY_DELETED));
        return !RowReader.column(ctx.connection(), sql).isEmpty();
    }
}
