package gold.server.engine;

import gold.protocol.Row;
import gold.server.sql.Numbers;
import gold.server.sql.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a SELECT and turns each result row into a data row with the given field names (NULL is ""). */
final class RowReader {
    private RowReader() {
    }

    static List<Row> read(Connection c, Sql sql, String rowName, List<String> fields, long max) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rows.size() < max && rs.next()) {
                Row.Builder b = new Row.Builder(rowName);
                for (int i = 0; i < fields.size(); i++) {
                    b.put(fields.get(i), Numbers.render(rs.getObject(i + 1)));
                }
                rows.add(b.build());
            }
        }
        return rows;
    }

    /** Reads the first column of every row as a string (NULL as ""). */
    static List<String> column(Connection c, Sql sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(Numbers.render(rs.getObject(1)));
            }
        }
        return values;
    }

    /** Reads every row as a list of strings. */
    static List<List<String>> table(Connection c, Sql sql) throws SQLException {
        List<List<String>> values = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(Numbers.render(rs.getObject(i)));
                }
                values.add(row);
            }
        }
        return values;
    }
}
