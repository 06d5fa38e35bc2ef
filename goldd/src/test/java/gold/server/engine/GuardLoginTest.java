package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.GuardState;
import gold.server.sql.SchemaInstaller;
import gold.testkit.PgCluster;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split-brain guard logs in exactly as the pool does, and fails closed when a host answers but
 * refuses the probe: the login only in the datasource URL still finds two writable hosts, and a user
 * that may not run pg_control_checkpoint() makes writes 730 (logged at SEVERE once) until it may.
 */
class GuardLoginTest {
    @TempDir
    Path home;

    @Test
    void theLoginOnlyInTheUrlIsTheProbesLogin() throws Exception {
        PgCluster first = SharedPg.get();
        try (PgCluster second = PgCluster.start()) {
            String db = "guardurl" + Long.toHexString(System.nanoTime());
            for (String url : new String[] {first.createDatabase(db), second.createDatabase(db)}) {
                GoldService.open(Map.of("super.user", "gold", "database.datasource", url, "database.user", "postgres"),
                        home, Handlers.none(), SchemaInstaller.bankSql()).close();
            }
            // no database.user: the OS user is no role of these clusters, the URL's user is
            String multi = "jdbc:postgresql://127.0.0.1:" + first.port() + ",127.0.0.1:" + second.port() + "/" + db
                    + "?user=postgres&targetServerType=primary";
            try (GoldService both = GoldService.open(Map.of("super.user", "gold", "database.datasource", multi,
                    "database.user", "no_such_role_" + db), home, Handlers.none(), SchemaInstaller.bankSql())) {
                assertEquals("000", call(both, Request.builder("User", "Query")).code(), "the pool logs in with the URL's user");
                assertEquals("730", call(both, Request.builder("User", "Create").set("Name", "amy")).code());
                assertEquals(GuardState.Kind.SPLIT_BRAIN, both.database().guardState().orElseThrow().kind());
            }
        }
    }

    @Test
    void aUserThatMayNotProbeRefusesWritesUntilItMay() throws Exception {
        PgCluster pg = SharedPg.get();
        String db = "guardperm" + Long.toHexString(System.nanoTime());
        String role = "goldapp_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("CREATE DATABASE " + db + " OWNER " + role);
        }
        // a hardened site: the control functions are for pg_monitor, which this user is not in
        sql(pg, db, "REVOKE EXECUTE ON FUNCTION pg_control_checkpoint() FROM PUBLIC",
                "GRANT EXECUTE ON FUNCTION pg_control_checkpoint() TO pg_monitor");
        String multi = "jdbc:postgresql://127.0.0.1:" + pg.port() + ",127.0.0.1:1/" + db + "?targetServerType=primary";
        Map<String, String> conf = Map.of("super.user", "gold", "database.datasource", multi, "database.user", role,
                "database.connect.timeout", "1");
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { logged.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger guardLog = Logger.getLogger("gold.server.sql.HostGuard");
        guardLog.addHandler(capture);
        try (GoldService service = GoldService.open(conf, home, Handlers.none(), SchemaInstaller.bankSql())) {
            for (int i = 0; i < 3; i++) {
                Response r = call(service, Request.builder("User", "Create").set("Name", "amy"));
                assertEquals("730", r.code(), r.message());
                Thread.sleep(1600);
            }
            assertEquals("000", call(service, Request.builder("User", "Query")).code(), "reads go on");
            GuardState state = service.database().guardState().orElseThrow();
            assertEquals(GuardState.Kind.PROBE_REFUSED, state.kind());
            assertTrue(state.detail().contains("127.0.0.1:" + pg.port()) && state.detail().contains("42501"), state.detail());
            List<String> severe = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).map(LogRecord::getMessage).toList();
            assertEquals(1, severe.size(), "one SEVERE line for one change: " + severe);
            assertTrue(severe.get(0).contains("pg_control_checkpoint"), severe.get(0));

            sql(pg, db, "GRANT pg_monitor TO " + role);
            Thread.sleep(3100);
            assertEquals("000", call(service, Request.builder("User", "Create").set("Name", "amy")).code());
            assertEquals(GuardState.Kind.SAFE, service.database().guardState().orElseThrow().kind());
            assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.INFO && r.getMessage().startsWith("writes allowed again")),
                    "the recovery is logged too");
        } finally {
            guardLog.removeHandler(capture);
        }
    }

    private static void sql(PgCluster pg, String db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.user(), pg.password()); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static Response call(GoldService service, Request.Builder b) {
        Response[] out = new Response[1];
        service.serve(b.actor("gold").build(), (chunk, last) -> out[0] = chunk);
        return out[0];
    }
}
