package gold.server.sql;

import gold.protocol.GoldConfig;
import gold.server.config.ServerKeys;

import java.nio.file.Path;
import java.util.Map;

/**
 * The database keys of goldd.conf, read through the server registry {@link ServerKeys} (defaults and
 * meanings there): the datasource (none = embedded SQLite at data/gold.db), login, pool size and the
 * timeouts in seconds. Bad values give the default with a warning instead of failing obscurely later.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize, int connectTimeout,
                               int socketTimeout, int lockTimeout, int idleTransactionTimeout, int busyTimeout,
                               int commitTimeout) {

    public static DatabaseSettings from(Map<String, String> conf, Path goldHome) {
        return from(GoldConfig.of(conf), goldHome);
    }

    public static DatabaseSettings from(GoldConfig conf, Path goldHome) {
        String url = DatasourceUrl.toJdbc(conf.get(ServerKeys.DATABASE_DATASOURCE), goldHome);
        return new DatabaseSettings(url,
                conf.get(ServerKeys.DATABASE_USER),
                conf.get(ServerKeys.DATABASE_PASSWORD),
                conf.get(ServerKeys.DATABASE_POOL_SIZE),
                conf.get(ServerKeys.DATABASE_CONNECT_TIMEOUT),
                conf.get(ServerKeys.DATABASE_SOCKET_TIMEOUT),
                conf.get(ServerKeys.DATABASE_LOCK_TIMEOUT),
                conf.get(ServerKeys.DATABASE_IDLE_TRANSACTION_TIMEOUT),
                conf.get(ServerKeys.DATABASE_BUSY_TIMEOUT),
                conf.get(ServerKeys.DATABASE_COMMIT_TIMEOUT));
    }

    public boolean sqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }
}
