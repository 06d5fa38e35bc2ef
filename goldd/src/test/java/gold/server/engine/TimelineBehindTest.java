package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.SchemaInstaller;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split-brain guard's second rule on its own (docs/differences.md): the only writable host is on an
 * older timeline than another host, which is read-only (a promoted standby turned back into a
 * standby, as a failover manager might leave it). The old timeline's data is stale, so writes are
 * refused with 730 while reads go on.
 */
class TimelineBehindTest {
    @TempDir
    Path home;

    @Test
    void theOnlyWritableHostOnAnOlderTimelineRefusesWritesWith730() throws Exception {
        try (PgCluster old = PgCluster.start(Map.of("wal_level", "replica", "max_wal_senders", "4"))) {
            String url = old.createDatabase("gold");
            Map<String, String> conf = Map.of("super.user", "gold", "database.datasource", url, "database.user", "postgres");
            GoldService.open(conf, home, Handlers.none(), SchemaInstaller.bankSql()).close();
            try (PgCluster newer = PgCluster.standby(old, "newer")) {
                await(newer, "SELECT count(*) FROM pg_database WHERE datname = 'gold'");
                newer.promote();
                execute(newer, "CHECKPOINT");
                newer.kill();
                Files.writeString(newer.directory().resolve("data/standby.signal"), "");
                newer.startAgain();
                await(newer, "SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END");
                assertEquals(1, value(old, "SELECT timeline_id FROM pg_control_checkpoint()"));
                assertEquals(2, value(newer, "SELECT timeline_id FROM pg_control_checkpoint()"));

                List<String> refusals = new CopyOnWriteArrayList<>();
                Handler capture = new Handler() {
                    @Override public void publish(LogRecord r) { refusals.add(r.getMessage()); }
                    @Override public void flush() { }
                    @Override public void close() { }
                };
                Logger guardLog = Logger.getLogger("gold.server.sql.HostGuard");
                guardLog.addHandler(capture);
                String multi = "jdbc:postgresql://127.0.0.1:" + old.port() + ",127.0.0.1:" + newer.port()
                        + "/gold?targetServerType=primary";
                try (GoldService both = GoldService.open(Map.of("super.user", "gold", "database.datasource", multi,
                        "database.user", "postgres"), home, Handlers.none(), SchemaInstaller.bankSql())) {
                    assertEquals("730", call(both, Request.builder("User", "Create").set("Name", "amy")).code());
                    assertEquals("000", call(both, Request.builder("User", "Query")).code());
                } finally {
                    guardLog.removeHandler(capture);
                }
                assertTrue(refusals.stream().anyMatch(m -> m.contains("is on an older timeline")),
                        "refused for the timeline, not for two writable hosts: " + refusals);
                assertEquals(0, value(old, "SELECT count(*) FROM g_user WHERE g_name = 'amy'"), "nothing written");
            }
        }
    }

    private static Response call(GoldService service, Request.Builder b) {
        Response[] out = new Response[1];
        service.serve(b.actor("gold").build(), (chunk, last) -> out[0] = chunk);
        return out[0];
    }

    private static Connection connect(PgCluster db, String database) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
    }

    private static long value(PgCluster db, String sql) throws SQLException {
        try (Connection c = connect(db, "gold"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(PgCluster db, String sql) throws SQLException {
        try (Connection c = connect(db, "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Waits (at most 60 s) until a query on {@code db} answers 1 or more; the server may still be starting. */
    private static void await(PgCluster db, String sql) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Connection c = connect(db, "postgres"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getLong(1) >= 1) {
                    return;
                }
            } catch (SQLException e) {
                // not accepting connections yet
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for: " + sql);
            }
            Thread.sleep(100);
        }
    }
}
