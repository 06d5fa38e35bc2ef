package gold.server.sql;

import gold.protocol.Code;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code database.datasource} into a JDBC URL: none means the embedded SQLite file
 * {@code data/gold.db} under GOLD_HOME; {@code jdbc:} URLs pass through; the classic Perl DBI forms
 * {@code DBI:Pg:dbname=D;host=H;port=P} and {@code DBI:SQLite:dbname=FILE} are translated.
 */
public final class DatasourceUrl {
    private DatasourceUrl() {
    }

    public static String toJdbc(String datasource, Path goldHome) {
        String ds = datasource == null ? "" : datasource.trim();
        if (ds.isEmpty()) {
            return "jdbc:sqlite:" + goldHome.resolve("data").resolve("gold.db").toAbsolutePath();
        }
        if (ds.startsWith("jdbc:")) {
            return ds;
        }
        String[] parts = ds.split(":", 3);
        if (parts.length < 3 || !parts[0].equalsIgnoreCase("DBI")) {
            throw Code.DB_UNAVAILABLE.exception("Unsupported database.datasource: " + ds);
        }
        Map<String, String> attrs = attributes(parts[2]);
        if (parts[1].equalsIgnoreCase("Pg")) {
            String db = attrs.getOrDefault("dbname", attrs.getOrDefault("database", "gold"));
            String host = attrs.getOrDefault("host", "localhost");
            String port = attrs.containsKey("port") ? ":" + attrs.get("port") : "";
            return "jdbc:postgresql://" + host + port + "/" + db;
        }
        if (parts[1].equalsIgnoreCase("SQLite")) {
            String file = attrs.getOrDefault("dbname", attrs.getOrDefault("database", ""));
            Path path = Path.of(file);
            return "jdbc:sqlite:" + (path.isAbsolute() ? path : goldHome.resolve(path)).toAbsolutePath();
        }
        throw Code.DB_UNAVAILABLE.exception("Unsupported database driver in database.datasource: " + parts[1]);
    }

    private static Map<String, String> attributes(String spec) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String item : spec.split(";")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                attrs.put(item.substring(0, eq).trim().toLowerCase(Locale.ROOT), item.substring(eq + 1).trim());
            } else if (!item.isBlank() && attrs.isEmpty()) {
                attrs.put("dbname", item.trim());
            }
        }
        return attrs;
    }
}
