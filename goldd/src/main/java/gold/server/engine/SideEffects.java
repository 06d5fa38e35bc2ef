package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.server.meta.DataType;
import gold.server.meta.Names;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Object-specific work of Create and Modify in the generic engine (docs/data-model.md, Actions): new
 * objects get their table and journal, new attributes their columns (and generator row for AutoGen),
 * passwords are checked and stored encrypted. DDL runs inside the request's transaction.
 */
final class SideEffects {
    private static final String BOOKKEEPING_COLUMNS = "g_creation_time bigint NOT NULL, g_modification_time bigint"
            + " NOT NULL, g_deleted varchar(5) DEFAULT 'False', g_request_id integer NOT NULL, g_transaction_id"
            + " integer NOT NULL";

    private SideEffects() {
    }

    /** Checks and DDL before the request takes its ids: nothing here writes a journaled row. */
    static void beforeInsert(RequestContext ctx, ObjectMeta o, Map<String, Assignment> values)
            throws SQLException {
        switch (o.name()) {
            case "Object" -> createTables(ctx, value(values, "Name"));
            case "Attribute" -> SchemaColumns.create(ctx, values);
            case "Password" -> password(ctx, values);
            default -> { }
        }
    }

    /** Rows that carry the request's ids: a new object's five bookkeeping attributes. */
    static void afterIds(RequestContext ctx, ObjectMeta o, Map<String, Assignment> values, long t)
            throws SQLException {
        if (o.name().equals("Object")) {
            bookkeepingAttributes(ctx, value(values, "Name"), t);
        }
    }

    /** Modify of a Password: the new value is checked and encrypted the same way. */
    static void beforeModify(RequestContext ctx, ObjectMeta o, Map<String, Assignment> values) {
        if (o.name().equals("Password") && values.containsKey("Password")) {
            password(ctx, values);
        }
    }

    static String value(Map<String, Assignment> values, String name) {
        Assignment a = values.get(name);
        return a == null ? "" : a.value();
    }

    private static void password(RequestContext ctx, Map<String, Assignment> values) {
        String clear = value(values, "Password");
        if (clear.length() < 8) {
            throw Code.FAILED.exception("The password must be at least 8 characters");
        }
        values.put("Password", Assignment.of("Password", ctx.services().passwords().encrypt(clear)));
    }

    private static void createTables(RequestContext ctx, String name) throws SQLException {
        Names.requireValid("Object", name);
        String table = Names.toDb(name);
        try (Statement s = ctx.connection().createStatement()) {
            s.execute("CREATE TABLE " + table + " (" + BOOKKEEPING_COLUMNS + ")");
            s.execute("CREATE TABLE " + table + "_log (" + BOOKKEEPING_COLUMNS + ")");
        }
    }

    private static void bookkeepingAttributes(RequestContext ctx, String name, long t) throws SQLException {
        // not Gold codes: next 6 lines (the attributes' sort orders)
        List<String[]> rows = List.of(
                new String[] {"CreationTime", "TimeStamp", "950", "First Created"},
                new String[] {"ModificationTime", "TimeStamp", "960", "Last Updated"},
                new String[] {"Deleted", "Boolean", "970", "Is this object deleted?"},
                new String[] {"RequestId", "Integer", "980", "Last Modifying Request Id"},
                new String[] {"TransactionId", "Integer", "990", "Last Modifying Transaction Id"});
        for (String[] r : rows) {
            new Sql("INSERT INTO g_attribute (g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed,"
                    + " g_sequence, g_hidden, g_description, g_special, g_deleted, g_creation_time,"
                    + " g_modification_time, g_request_id, g_transaction_id) VALUES (")
                    .param(name, DataType.String).add(", ").param(r[0], DataType.String).add(", ")
                    .param(r[1], DataType.String).add(", 'False', 'False', 'True', ").param(r[2], DataType.Integer)
                    .add(", 'True', ").param(r[3], DataType.String).add(", 'False', 'False', ").param(ctx.now())
                    .add(", ").param(ctx.now()).add(", ").param(ctx.requestId()).add(", ").param(t).add(")")
                    .update(ctx.connection());
        }
    }
}
