package gold.server.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads query results as lists of strings (SQL NULL as null) so tests can compare them with spec rows. */
final class Rows {
    private Rows() {
    }

    static List<List<String>> query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(Arrays.asList(row));
            }
            return rows;
        }
    }

    static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(query(c, "SELECT COUNT(*) FROM " + table).get(0).get(0));
    }

    /** Every table bank.sql creates: the physical tables of docs/data-model.md, Metadata, their journals, ours. */
    static List<String> bootstrapTables() {
        List<String> tables = new ArrayList<>();
        SpecTable physical = SpecTable.read("physical-tables.tsv", "");
        physical.rows().stream().map(r -> r.get(0)).distinct().forEach(t -> {
            tables.add(t);
            if (!t.equals("g_key_generator") && !t.equals("g_undo")) {
                tables.add(t + "_log");
            }
        });
        tables.add("g_request_key");
        tables.add("g_nonce");
        tables.add("g_api_token");
        return tables;
    }
}
