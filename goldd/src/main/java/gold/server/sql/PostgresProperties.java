package gold.server.sql;

import java.util.Properties;

/**
 * The driver properties of every PostgreSQL connection goldd makes: the login of goldd.conf and the
 * timeouts. The pool and the split-brain probe both use them, together with the datasource URL whose
 * parameters (user, password, SSL settings, ...) take precedence as the driver applies them, so the
 * probe logs in exactly as the pool does.
 */
final class PostgresProperties {
    private PostgresProperties() {
    }

    static Properties of(DatabaseSettings s) {
        Properties p = new Properties();
        if (!s.user().isEmpty()) {
            p.setProperty("user", s.user());
        }
        if (!s.password().isEmpty()) {
            p.setProperty("password", s.password());
        }
        p.setProperty("connectTimeout", String.valueOf(s.connectTimeout()));
        p.setProperty("socketTimeout", String.valueOf(s.socketTimeout()));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("options", "-c lock_timeout=" + s.lockTimeout() * 1000
                + " -c idle_in_transaction_session_timeout=" + s.idleTransactionTimeout() * 1000);
        return p;
    }
}
