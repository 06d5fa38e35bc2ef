package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Checks one value assigned to an attribute (docs/data-model.md, Metadata): AutoGen is never assignable, the
 * type must fit (always checked, decision Q1), and a {@code Values} constraint must hold:
 * {@code @Object} (a live instance of that object) or {@code (a,b,c)} (one of the listed words).
 */
final class ValueRules {
    private ValueRules() {
    }

    static void check(RequestContext ctx, AttributeMeta attr, String value) throws SQLException {
        if (attr.type() == DataType.AutoGen) {
            throw Code.FAILED.exception("Cannot modify the autogen attribute: " + attr.name());
        }
        attr.type().check(attr.name(), value);
        if (attr.values().isEmpty() || value.equals("NULL")) {
            return;
        }
        String values = attr.values();
        if (values.startsWith("@")) {
            if (!exists(ctx, values.substring(1), value)) {
                throw invalid(attr, value);
            }
        } else if (values.startsWith("(") && values.endsWith(")")) {
            if (!Arrays.asList(values.substring(1, values.length() - 1).split(",")).contains(value)) {
                throw invalid(attr, value);
            }
        } else {
            throw Code.FAILED.exception(attr.name() + " values cannot be deciphered: " + values);
        }
    }

    private static GoldException invalid(AttributeMeta attr, String value) {
        return Code.FAILED.exception(value + " is not a valid value for " + attr.name());
    }

    private static boolean exists(RequestContext ctx, String object, String value) throws SQLException {
        ObjectMeta target = ctx.metadata().object(object).filter(o -> !o.special()).orElseThrow(
                () -> Code.FAILED.exception(object + " values cannot be deciphered: @" + object));
        AttributeMeta key = target.attribute(target.keyName()).orElseThrow(
                () -> Code.FAILED.exception(object + " values cannot be deciphered: @" + object));
        if (key.type().integral() && !value.matches("-?\\d+")) {
            return false;
        }
        Sql sql = new Sql("SELECT 1 FROM " + target.table() + " WHERE " + key.column() + " = ")
                .param(value, key.type()).add(" AND g_deleted <> 'True'");
        try (PreparedStatement ps = sql.prepare(ctx.connection()); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
