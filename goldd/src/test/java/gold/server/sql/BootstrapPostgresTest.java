package gold.server.sql;

import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the shipped bank.sql into a real PostgreSQL twice, once with {@code psql -v admin=gold} as an
 * administrator would and once through BootstrapScript over pgjdbc as goldd does, and proves both give
 * the same schema and the same rows.
 */
class BootstrapPostgresTest {
    static final long NOW = 1_700_000_000L;
    static PgCluster pg;
    static Path script;

    @BeforeAll
    static void start() throws IOException {
        pg = PgCluster.start();
        script = Files.createTempFile("bank", ".sql");
        try (InputStream in = BootstrapPostgresTest.class.getClassLoader().getResourceAsStream(BootstrapScript.RESOURCE)) {
            Files.copy(Objects.requireNonNull(in, BootstrapScript.RESOURCE), script, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
        Files.deleteIfExists(script);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, pg.user(), pg.password());
    }

    private static String loadWithScript(String database, String admin) throws SQLException {
        String url = pg.createDatabase(database);
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            BootstrapScript.load().run(c, admin, NOW);
            c.commit();
        }
        return url;
    }

    @Test
    void psqlAndBootstrapScriptBuildTheSameSchemaAndRows() throws Exception {
        String viaPsql = pg.createDatabase("via_psql");
        pg.psql("via_psql", script, Map.of("admin", "gold", "now", String.valueOf(NOW)));
        String viaJdbc = loadWithScript("via_jdbc", "gold");
        try (Connection a = connect(viaPsql); Connection b = connect(viaJdbc)) {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : Rows.bootstrapTables()) {
                long n = Rows.count(a, table);
                assertEquals(n, Rows.count(b, table), table + " row count");
                counts.put(table, n);
                assertEquals(contents(a, table), contents(b, table), table + " rows");
            }
            assertEquals(61, counts.size());
            assertEquals(30L, counts.get("g_object"));
            assertEquals(313L, counts.get("g_attribute"));
            assertEquals(150L, counts.get("g_action"));
            assertEquals(270L, counts.get("g_transaction"));
            assertEquals(7L, counts.get("g_key_generator"));
            String columns = "SELECT table_name, ordinal_position, column_name, data_type, character_maximum_length, "
                    + "is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' "
                    + "ORDER BY table_name, ordinal_position";
            assertEquals(Rows.query(a, columns), Rows.query(b, columns));
            String indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname";
            assertEquals(Rows.query(a, indexes), Rows.query(b, indexes));
            assertEquals(List.of(List.of("gold", "gold")), Rows.query(a,
                    "SELECT DISTINCT g_actor, g_name FROM g_transaction WHERE g_id IN (263, 264)"));
        }
    }

    private static List<String> contents(Connection c, String table) throws SQLException {
        return Rows.query(c, "SELECT * FROM " + table).stream()
                .map(r -> r.stream().map(v -> Objects.requireNonNullElse(v, "\\N")).collect(Collectors.joining("|")))
                .sorted().toList();
    }

    @Test
    void timeStampColumnsAreBigintInPostgres() throws Exception {
        String url = loadWithScript("types", "gold");
        try (Connection c = connect(url)) {
            List<List<String>> times = Rows.query(c, "SELECT DISTINCT data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND column_name LIKE '%\\_time'");
            assertEquals(List.of(List.of("bigint")), times);
            c.createStatement().execute("INSERT INTO g_allocation (g_creation_time, g_modification_time, g_request_id, "
                    + "g_transaction_id, g_id, g_account, g_end_time, g_amount) VALUES (1, 1, 1, 1, 1, 1, 4102444800, 5)");
            assertEquals(List.of(List.of("4102444800", "0")),
                    Rows.query(c, "SELECT g_end_time, g_start_time FROM g_allocation"), "2100-01-01 fits");
        }
    }

    @Test
    void psqlWithoutNowTakesTheCurrentTime() throws Exception {
        pg.createDatabase("default_now");
        long before = System.currentTimeMillis() / 1000;
        pg.psql("default_now", script, Map.of("admin", "gold"));
        long after = System.currentTimeMillis() / 1000;
        try (Connection c = connect(pg.jdbcUrl("default_now"))) {
            List<List<String>> times = Rows.query(c, "SELECT MIN(g_creation_time), MAX(g_modification_time) FROM g_object");
            long min = Long.parseLong(times.get(0).get(0));
            long max = Long.parseLong(times.get(0).get(1));
            assertTrue(before <= min && max <= after && min == max, before + " <= " + times + " <= " + after);
        }
    }

    @Test
    void psqlWithoutAnAdministratorFailsAndLeavesNoTableBehind() throws Exception {
        pg.createDatabase("no_admin");
        IOException e = assertThrows(IOException.class, () -> pg.psql("no_admin", script, Map.of()));
        assertTrue(e.getMessage().contains("psql -v admin=NAME"), e.getMessage());
        try (Connection c = connect(pg.jdbcUrl("no_admin"))) {
            assertEquals(List.of(List.of("0")),
                    Rows.query(c, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    @Test
    void anAdministratorNameWithAQuoteIsStoredVerbatimByBothLoaders() throws Exception {
        String name = "o'brien";
        String viaJdbc = loadWithScript("quote_jdbc", name);
        pg.createDatabase("quote_psql");
        pg.psql("quote_psql", script, Map.of("admin", name, "now", String.valueOf(NOW)));
        List<List<String>> expected = List.of(List.of(name, "SystemAdmin"));
        String sql = "SELECT g_name, g_role FROM g_role_user WHERE g_role = 'SystemAdmin'";
        for (String url : List.of(viaJdbc, pg.jdbcUrl("quote_psql"))) {
            try (Connection c = connect(url)) {
                assertEquals(expected, Rows.query(c, sql), url);
                assertEquals(List.of(List.of("270", "2")), Rows.query(c, "SELECT "
                        + "SUM(CASE WHEN g_actor = 'o''brien' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN g_name = 'o''brien' THEN 1 ELSE 0 END) FROM g_transaction"), url);
            }
        }
    }
}
