package gold.server.sql;

import gold.server.meta.DataType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement being built: SQL text plus typed parameters. Values are always bound, never pasted into
 * the text (docs/data-model.md); each is bound according to the attribute's data type so numeric columns
 * compare numerically on every database.
 */
public final class Sql {
    private final StringBuilder text = new StringBuilder(256);
    private final List<Object[]> params = new ArrayList<>();

    public Sql(String start) {
        text.append(start);
    }

    public Sql add(String s) {
        text.append(s);
        return this;
    }

    /** Appends a placeholder bound to the value as the given type ("NULL" binds SQL NULL when nullable). */
    public Sql param(String value, DataType type) {
        text.append('?');
        params.add(new Object[] {value, type});
        return this;
    }

    /** Appends a placeholder bound to an integer. */
    public Sql param(long value) {
        text.append('?');
        params.add(new Object[] {value, DataType.Integer});
        return this;
    }

    public Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public boolean endsWith(String s) {
        return text.toString().endsWith(s);
    }

    public String text() {
        return text.toString();
    }

    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                bind(ps, i + 1, params.get(i)[0], (DataType) params.get(i)[1]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    public int update(Connection c) throws SQLException {
        try (PreparedStatement ps = prepare(c)) {
            return ps.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return text + " " + params.stream().map(p -> String.valueOf(p[0])).toList();
    }

    private static void bind(PreparedStatement ps, int index, Object value, DataType type) throws SQLException {
        if (value instanceof Long l) {
            ps.setLong(index, l);
            return;
        }
        String s = (String) value;
        if (s == null) {
            ps.setNull(index, type.integral() ? Types.BIGINT : type.floating() ? Types.DOUBLE : Types.VARCHAR);
        } else if (type.integral()) {
            try {
                ps.setLong(index, Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                ps.setString(index, s);
            }
        } else if (type.floating()) {
            try {
                ps.setDouble(index, Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                ps.setString(index, s);
            }
        } else {
            ps.setString(index, s);
        }
    }
}
