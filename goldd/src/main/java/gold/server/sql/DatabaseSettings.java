package gold.server.sql;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The database keys of goldd.conf with their defaults: {@code database.datasource} (none = embedded
 * SQLite at data/gold.db), {@code database.user} (the server's OS user for PostgreSQL),
 * {@code database.password} (none), {@code database.pool.size} (10 connections per process),
 * {@code database.connect.timeout} (5 s), {@code database.socket.timeout} (60 s),
 * {@code database.lock.timeout} (10 s), {@code database.idle.transaction.timeout} (30 s) and
 * {@code database.busy.timeout} (SQLite, 10 s) and {@code database.commit.timeout} (PostgreSQL wait for
 * synchronous replication before the outcome is reported unknown, 10 s). Timeouts are in seconds.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize, int connectTimeout,
                               int socketTimeout, int lockTimeout, int idleTransactionTimeout, int busyTimeout,
                               int commitTimeout) {

    public static DatabaseSettings from(Map<String, String> conf, Path goldHome) {
        String url = DatasourceUrl.toJdbc(conf.get("database.datasource"), goldHome);
        return new DatabaseSettings(url,
                conf.getOrDefault("database.user", System.getProperty("user.name", "")),
                conf.getOrDefault("database.password", ""),
                intValue(conf, "database.pool.size", 10),
                intValue(conf, "database.connect.timeout", 5),
                intValue(conf, "database.socket.timeout", 60),
                intValue(conf, "database.lock.timeout", 10),
                intValue(conf, "database.idle.transaction.timeout", 30),
                intValue(conf, "database.busy.timeout", 10),
                intValue(conf, "database.commit.timeout", 10));
    }

    public boolean sqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** Bad or non-positive values fall back to the default instead of failing obscurely later. */
    private static int intValue(Map<String, String> conf, String key, int fallback) {
        String v = conf.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            Logger.getLogger(DatabaseSettings.class.getName())
                    .warning("goldd.conf " + key + " is not a number (" + v + "), using " + fallback);
            return fallback;
        }
    }
}
