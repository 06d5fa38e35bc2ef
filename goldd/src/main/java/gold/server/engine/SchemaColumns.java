package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.server.meta.DataType;
import gold.server.meta.Names;
import gold.server.meta.ObjectMeta;
import gold.server.sql.KeyGenerator;
import gold.server.sql.Sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Attribute Create's schema work (docs/data-model.md, Run-time customisation): primary keys are forced Fixed (and Required
 * without a default), a missing Sequence follows the largest one below 900, AutoGen gets its
 * generator row, and the column is added to the table and its journal with the default as DEFAULT.
 */
final class SchemaColumns {
    private SchemaColumns() {
    }

    static void create(RequestContext ctx, Map<String, Assignment> values) throws SQLException {
        String objectName = SideEffects.value(values, "Object");
        String name = SideEffects.value(values, "Name");
        Names.requireValid("Attribute", name);
        ObjectMeta target = ctx.metadata().require(objectName);
        if (target.special()) {
            throw Code.FAILED.exception(objectName + " is a special object and cannot have attributes");
        }
        DataType type = DataType.of(SideEffects.value(values, "DataType"));
        String defaultValue = SideEffects.value(values, "DefaultValue");
        boolean hasDefault = !defaultValue.isEmpty() && !defaultValue.equals("NULL");
        if (SideEffects.value(values, "PrimaryKey").equals("True")) {
            values.put("Fixed", Assignment.of("Fixed", "True"));
            if (!hasDefault) {
                values.put("Required", Assignment.of("Required", "True"));
            }
        }
        String sequence = SideEffects.value(values, "Sequence");
        if (sequence.isEmpty() || sequence.equals("NULL")) {
            values.put("Sequence", Assignment.of("Sequence", String.valueOf(nextSequence(ctx, objectName))));
        }
        if (type == DataType.AutoGen && KeyGenerator.current(ctx.connection(), objectName) == 0) {
            KeyGenerator.set(ctx.connection(), objectName, 1);
        }
        String column = ctx.dialect().columnType(type) + (hasDefault ? " DEFAULT " + literal(type, defaultValue, ctx) : "");
        try (Statement s = ctx.connection().createStatement()) {
            s.execute("ALTER TABLE " + target.table() + " ADD COLUMN " + Names.toDb(name) + " " + column);
            s.execute("ALTER TABLE " + target.table() + "_log ADD COLUMN " + Names.toDb(name) + " " + column);
        }
    }

    private static long nextSequence(RequestContext ctx, String object) throws SQLException {
        Sql sql = new Sql("SELECT MAX(g_sequence) FROM g_attribute WHERE g_object = ").param(object, DataType.String)
                .add(" AND g_sequence < 900 AND g_deleted <> 'True'");
        try (PreparedStatement ps = sql.prepare(ctx.connection()); ResultSet rs = ps.executeQuery()) {
            return (rs.next() ? rs.getLong(1) : 0) + 10;
        }
    }

    /** The DEFAULT literal: quoted for text types, checked digits for numbers (never raw user text). */
    private static String literal(DataType type, String value, RequestContext ctx) {
        String v = type == DataType.TimeStamp ? TimeWords.toEpoch(value, ctx.now()) : value;
        if (type.integral() || type.floating()) {
            (type.floating() ? DataType.Float : DataType.Integer).check("DefaultValue", v);
            return v;
        }
        return "'" + v.replace("'", "''") + "'";
    }
}
