package gold.server.engine;

import gold.protocol.GoldConfig;
import gold.protocol.client.ClientSettings;
import gold.server.sql.Database;
import gold.server.sql.DatabaseSettings;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * database.lock.timeout and database.idle.transaction.timeout reach every PostgreSQL session of the
 * pool as lock_timeout and idle_in_transaction_session_timeout, and their defaults stay below the
 * clients' default client.reply.timeout, so a frozen server's open transaction blocks its backup for
 * less than a client waits (README, production layout).
 */
class PostgresSessionTimeoutsTest {
    @TempDir
    Path home;

    @Test
    void theDefaultsReachTheSessionAndStayBelowTheClientDeadline() throws Exception {
        Duration clientDeadline = ClientSettings.from(GoldConfig.of(Map.of()), "k").replyTimeout();
        Map<String, Duration> session = sessionTimeouts(Map.of());
        assertEquals(Duration.ofSeconds(10), session.get("lock_timeout"));
        assertEquals(Duration.ofSeconds(30), session.get("idle_in_transaction_session_timeout"));
        for (Map.Entry<String, Duration> e : session.entrySet()) {
            assertTrue(e.getValue().compareTo(clientDeadline) < 0,
                    e.getKey() + " " + e.getValue() + " must stay below client.reply.timeout " + clientDeadline);
        }
    }

    @Test
    void configuredValuesReachTheSession() throws Exception {
        Map<String, Duration> session = sessionTimeouts(Map.of("database.lock.timeout", "2",
                "database.idle.transaction.timeout", "4"));
        assertEquals(Map.of("lock_timeout", Duration.ofSeconds(2), "idle_in_transaction_session_timeout",
                Duration.ofSeconds(4)), session);
    }

    /** The two settings as a writer and a reader connection of the pool see them (they must agree). */
    private Map<String, Duration> sessionTimeouts(Map<String, String> extra) throws Exception {
        String url = SharedPg.get().createDatabase("timeouts" + Long.toHexString(System.nanoTime()));
        Map<String, String> conf = new HashMap<>(Map.of("database.datasource", url, "database.user", "postgres"));
        conf.putAll(extra);
        try (Database db = Database.open(DatabaseSettings.from(conf, home))) {
            Map<String, Duration> writer;
            try (Connection c = db.writer()) {
                writer = show(c);
            }
            try (Connection c = db.reader()) {
                assertEquals(writer, show(c), "readers get the same session settings");
            }
            return writer;
        }
    }

    private static Map<String, Duration> show(Connection c) throws SQLException {
        Map<String, Duration> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, setting, unit FROM pg_settings"
                + " WHERE name IN ('lock_timeout', 'idle_in_transaction_session_timeout')")) {
            while (rs.next()) {
                assertEquals("ms", rs.getString(3), rs.getString(1));
                out.put(rs.getString(1), Duration.ofMillis(Long.parseLong(rs.getString(2))));
            }
        }
        return out;
    }
}
