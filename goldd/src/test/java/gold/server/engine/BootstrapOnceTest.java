package gold.server.engine;

import gold.server.sql.SchemaInstaller;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Servers starting together on one empty database bootstrap it exactly once. */
class BootstrapOnceTest {
    @TempDir
    Path home;

    @Test
    void sqliteIsBootstrappedOnceByConcurrentServers() throws Exception {
        Map<String, String> conf = Map.of("super.user", "gold");
        startTogether(conf);
        assertEquals(30, count("jdbc:sqlite:" + home.resolve("data/gold.db"), "", "SELECT COUNT(*) FROM g_object"));
    }

    @Test
    void postgresIsBootstrappedOnceByConcurrentServers() throws Exception {
        String url = SharedPg.get().createDatabase("once");
        Map<String, String> conf = new HashMap<>(Map.of("super.user", "gold", "database.datasource", url,
                "database.user", SharedPg.get().user()));
        startTogether(conf);
        assertEquals(30, count(url, SharedPg.get().user(), "SELECT COUNT(*) FROM g_object"));
        assertEquals(272, count(url, SharedPg.get().user(),
                "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Request'"));
    }

    private void startTogether(Map<String, String> conf) throws Exception {
        Files.createDirectories(home);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<GoldService>> started = new ArrayList<>();
            Callable<GoldService> open = () -> GoldService.open(conf, home, Handlers.none(), SchemaInstaller.bankSql());
            for (int i = 0; i < 3; i++) {
                started.add(pool.submit(open));
            }
            for (Future<GoldService> f : started) {
                f.get().close();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long count(String url, String user, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
