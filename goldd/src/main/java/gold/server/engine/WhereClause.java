package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Condition;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.sql.Sql;

import java.util.List;
import java.util.Locale;

/**
 * Renders request conditions into a WHERE clause (docs/data-model.md, Actions): left to right with And/Or,
 * groups as parentheses, AndNot/OrNot as NOT, Match as LIKE with * and ? wildcards, joins through
 * {@code subject}; then the implicit soft-delete filter per object.
 */
final class WhereClause {
    /** Which rows a statement may see with respect to soft deletion. */
    enum Deleted {
        /** Live rows only, unless a condition Deleted has a True-ish value (docs/data-model.md, Soft delete). */
        LIVE,
        /** Deleted rows only (Undelete). */
        ONLY_DELETED,
        /** Every row. */
        ALL
    }

    private WhereClause() {
    }

    static Sql build(QueryScope scope, List<Condition> conditions, Deleted deleted) {
        Sql sql = new Sql("");
        boolean user = !conditions.isEmpty();
        if (user) {
            sql.add(" WHERE (").append(conditions(scope, conditions)).add(")");
        }
        String filter = filter(scope, conditions, deleted);
        if (!filter.isEmpty()) {
            sql.add(user ? " AND " : " WHERE ").add(filter);
        }
        return sql;
    }

    /** True when some condition asks for deleted rows, which switches the implicit filter off. */
    static boolean wantsDeleted(List<Condition> conditions) {
        return conditions.stream().anyMatch(c -> c.name().equals("Deleted")
                && c.value().toLowerCase(Locale.ROOT).contains("true"));
    }

    private static String filter(QueryScope scope, List<Condition> conditions, Deleted deleted) {
        if (deleted == Deleted.ALL || (deleted == Deleted.LIVE && wantsDeleted(conditions))) {
            return "";
        }
        String test = deleted == Deleted.LIVE ? " <> 'True'" : " = 'True'";
        return String.join(" AND ", scope.deletedColumns().stream().map(c -> c + test).toList());
    }

    private static Sql conditions(QueryScope scope, List<Condition> conditions) {
        Sql sql = new Sql("");
        int depth = 0;
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            if (i > 0) {
                sql.add(c.conj().startsWith("Or") ? " OR " : " AND ");
            }
            int group = group(c);
            if (group > 0) {
                sql.add("(".repeat(group));
            }
            if (c.conj().endsWith("Not")) {
                sql.add("NOT ");
            }
            sql.append(comparison(scope, c));
            if (group < 0) {
                sql.add(")".repeat(-group));
            }
            depth += group;
            if (depth < 0) {
                throw Code.INVALID_USE.exception("Unbalanced condition groups");
            }
        }
        if (depth != 0) {
            throw Code.INVALID_USE.exception("Unbalanced condition groups");
        }
        return sql;
    }

    private static int group(Condition c) {
        if (c.group().isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(c.group().trim());
        } catch (NumberFormatException e) {
            throw Code.INVALID_USE.exception("Invalid condition group: " + c.group());
        }
    }

    private static Sql comparison(QueryScope scope, Condition c) {
        AttributeMeta attr = scope.attribute(c.object(), c.name());
        String column = scope.column(c.object(), c.name());
        Sql sql = new Sql("");
        if (!c.subject().isEmpty()) {
            return sql.add(column).add(" ").add(operator(c.op())).add(" ").add(scope.column(c.subject(), c.value()));
        }
        if (c.op().equals("Match")) {
            String left = attr.type() == DataType.String ? column : "CAST(" + column + " AS varchar(1024))";
            String pattern = c.value().replace('*', '%').replace('?', '_');
            return sql.add(left).add(" LIKE ").param(pattern, DataType.String);
        }
        String op = operator(c.op());
        if (c.value().equals("NULL") && (op.equals("=") || op.equals("<>"))) {
            return sql.add(column).add(op.equals("=") ? " IS NULL" : " IS NOT NULL");
        }
        return sql.add(column).add(" ").add(op).add(" ").param(c.value(), attr.type());
    }

    private static String operator(String op) {
        return switch (op) {
            case "NE" -> "<>";
            case "GT" -> ">";
            case "GE" -> ">=";
            case "LT" -> "<";
            case "LE" -> "<=";
            default -> "=";
        };
    }
}
