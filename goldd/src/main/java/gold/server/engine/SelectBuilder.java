package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.Metadata;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the SELECT of a Query (docs/data-model.md, Actions): selections with Count/Sum/Average/Min/Max,
 * Sort/Tros and GroupBy, Unique, joins over several objects, the soft-delete filter, time travel
 * (option Time) and the row window (options Limit/Offset bound the whole result, chunks cut it).
 */
final class SelectBuilder {
    private static final Set<String> JOINS = Set.of("INNER JOIN", "JOIN", "LEFT JOIN", "LEFT OUTER JOIN",
            "RIGHT JOIN", "RIGHT OUTER JOIN", "CROSS JOIN");

    /** The SQL and the names of its result columns. */
    record Select(Sql sql, List<String> fields, String rowName) {
    }

    private SelectBuilder() {
    }

    static Select build(Metadata meta, Request request, long limit, long offset) {
        QueryScope scope = QueryScope.of(meta, request.objects());
        String time = request.option("Time");
        boolean travel = time != null && !time.isEmpty();
        if (travel && scope.multi()) {
            throw Code.NO_TIME_TRAVEL.exception("Time travel not supported for multi-object queries");
        }
        QueryScope columns = travel ? scope.qualifiedBy("a") : scope;
        List<Selection> selections = request.selections().isEmpty()
                ? defaultSelections(scope, "True".equals(request.option("ShowHidden"))) : request.selections();
        Sql sql = new Sql("SELECT ");
        if ("True".equals(request.option("Unique"))) {
            sql.add("DISTINCT ");
        }
        List<String> fields = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        boolean descending = false;
        for (int i = 0; i < selections.size(); i++) {
            Selection s = selections.get(i);
            String column = columns.column(s.object(), s.name());
            String expr = aggregate(s.op(), column);
            sql.add(i == 0 ? "" : ", ").add(expr);
            fields.add(s.alias().isEmpty() ? s.name() : s.alias());
            switch (s.op()) {
                case "Sort" -> order.add(column);
                case "Tros" -> { order.add(column); descending = true; }
                case "GroupBy" -> groups.add(column);
                default -> { }
            }
        }
        if (request.option("SortBySequence") != null && scope.first().meta().name().equals("Attribute")) {
            order.add(columns.column("", "Sequence"));
        }
        sql.add(" FROM ").append(travel ? timeTravel(scope.first().meta(), time) : from(request, scope));
        Sql where = WhereClause.build(columns, request.conditions(), WhereClause.Deleted.LIVE);
        sql.append(where);
        if (travel) {
            sql.add(where.text().isEmpty() ? " WHERE " : " AND ").add(joinVersions(scope.first().meta()));
        }
        if (!groups.isEmpty()) {
            sql.add(" GROUP BY ").add(String.join(", ", groups));
        }
        if (!order.isEmpty()) {
            sql.add(" ORDER BY ").add(String.join(", ", order)).add(descending ? " DESC" : "");
        }
        sql.add(" LIMIT ").param(limit).add(" OFFSET ").param(offset);
        String rowName = String.join("_", request.objects().stream().map(ObjectRef::name).toList());
        return new Select(sql, fields, rowName);
    }

    static List<Selection> defaultSelections(QueryScope scope, boolean showHidden) {
        List<Selection> list = new ArrayList<>();
        for (QueryScope.Source s : scope.sources()) {
            for (AttributeMeta a : s.meta().defaultSelection(showHidden)) {
                String object = !scope.multi() ? "" : s.alias().isEmpty() ? s.meta().name() : s.alias();
                list.add(new Selection(object, a.name(), "", ""));
            }
        }
        return list;
    }

    private static String aggregate(String op, String column) {
        return switch (op) {
            case "Count" -> "COUNT(" + column + ")";
            case "Sum" -> "SUM(" + column + ")";
            case "Average" -> "AVG(" + column + ")";
            case "Min" -> "MIN(" + column + ")";
            case "Max" -> "MAX(" + column + ")";
            default -> column;
        };
    }

    private static Sql from(Request request, QueryScope scope) {
        Sql sql = new Sql("");
        List<QueryScope.Source> sources = scope.sources();
        for (int i = 0; i < sources.size(); i++) {
            QueryScope.Source s = sources.get(i);
            String join = request.objects().get(i).join().trim().toUpperCase(Locale.ROOT);
            if (i > 0) {
                if (join.isEmpty()) {
                    sql.add(", ");
                } else if (JOINS.contains(join)) {
                    sql.add(" ").add(join).add(" ");
                } else {
                    throw Code.FAILED.exception(join + " is not a supported join");
                }
            }
            sql.add(s.meta().table()).add(s.alias().isEmpty() ? "" : " " + s.alias());
            if (i > 0 && !join.isEmpty() && !join.equals("CROSS JOIN")) {
                sql.add(" ON 1 = 1");
            }
        }
        return sql;
    }

    /** The versions of every row (live and journal), and per key the last version at or before time t. */
    private static Sql timeTravel(ObjectMeta o, String time) {
        List<AttributeMeta> keys = o.primaryKeys();
        if (keys.isEmpty()) {
            throw Code.NO_TIME_TRAVEL.exception("Cannot timetravel. " + o.name() + " does not have a primary field");
        }
        String cols = String.join(", ", o.attributes().stream().map(AttributeMeta::column).toList());
        String versions = "(SELECT " + cols + " FROM " + o.table() + " UNION SELECT " + cols + " FROM "
                + o.table() + "_log)";
        String keyCols = String.join(", ", keys.stream().map(AttributeMeta::column).toList());
        return new Sql(versions + " a, (SELECT " + keyCols + ", MAX(g_transaction_id) AS g_transaction_id FROM "
                + versions + " c WHERE g_modification_time <= ").param(time, DataType.TimeStamp)
                .add(" GROUP BY " + keyCols + ") b");
    }

    private static String joinVersions(ObjectMeta o) {
        List<String> tests = new ArrayList<>();
        for (AttributeMeta k : o.primaryKeys()) {
            tests.add("a." + k.column() + " = b." + k.column());
        }
        tests.add("a.g_transaction_id = b.g_transaction_id");
        return String.join(" AND ", tests);
    }
}
