package gold.server.engine;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.AttributeMeta;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The association cascade of Delete and Undelete (docs/data-model.md, Actions): for each row being changed and for
 * each association object naming its object (in the order the objects were created, as the classic
 * server), one nested request deletes or undeletes the association rows naming it, and is journaled
 * like the classic's even when it matches nothing (Count 0), so transaction ids stay those of the
 * classic server. Delete covers both sides of a self-association in one request (decision Q3: the
 * classic only cascades the parent side, with one record); Undelete applies the parent and the child
 * test separately, as the classic, and only revives association rows deleted by the same request as
 * the parent row (decision Q4).
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
                List<Condition> parentSide = link.parent().equals(o.name()) && link.attribute(o.name()).isPresent()
                        ? List.of(Condition.eq(o.name(), row.get(0))) : List.of();
                List<Condition> childSide = link.child().equals(o.name()) ? childConditions(link, keys, row) : List.of();
                if (delete && !parentSide.isEmpty() && !childSide.isEmpty()) {
                    total += apply(ctx, link, either(parentSide, childSide), row, true);
                    continue;
                }
                if (!parentSide.isEmpty()) {
                    total += apply(ctx, link, parentSide, row, delete);
                }
                if (!childSide.isEmpty() && (!delete || parentSide.isEmpty())) {
                    total += apply(ctx, link, childSide, row, delete);
                }
            }
        }
        return total;
    }

    /** The link's attributes named like the object's keys, equal to the row's keys; empty when one is missing. */
    private static List<Condition> childConditions(ObjectMeta link, List<AttributeMeta> keys, List<String> row) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (link.attribute(keys.get(i).name()).isEmpty()) {
                return List.of();
            }
            conditions.add(Condition.eq(keys.get(i).name(), row.get(i)));
        }
        return conditions;
    }

    /** Parent == x Or (child keys == x's keys): the parent side is a single condition. */
    private static List<Condition> either(List<Condition> parentSide, List<Condition> childSide) {
        List<Condition> all = new ArrayList<>(parentSide);
        int last = childSide.size() - 1;
        for (int i = 0; i <= last; i++) {
            Condition c = childSide.get(i);
            String group = last == 0 ? "" : i == 0 ? "+1" : i == last ? "-1" : "";
            all.add(new Condition(i == 0 ? "Or" : "And", group, c.object(), c.name(), c.op(), c.subject(), c.value()));
        }
        return all;
    }

    private static long apply(RequestContext ctx, ObjectMeta link, List<Condition> conditions, List<String> parentRow,
                              boolean delete) throws SQLException {
        List<Condition> match = new ArrayList<>(conditions);
        if (!delete) {
            match.add(Condition.eq("RequestId", parentRow.get(parentRow.size() - 1)));
        }
        Request.Builder sub = Request.builder(link.name(), delete ? "Delete" : "Undelete");
        match.forEach(sub::where);
        Response r = ctx.dispatch(sub.build());
        return Math.max(0, r.count());
    }
}
