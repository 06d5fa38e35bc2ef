package gold.server.engine;

import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.SchemaInstaller;
import gold.testkit.PgCluster;
import gold.testkit.TestGold;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transaction frame on PostgreSQL, plus what only a server database can do: become read-only. */
class PostgresFrameTest extends FrameContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home);
    }

    @Override
    TestGold openSecond(Path home, Map<String, String> conf) throws Exception {
        return TestGold.postgres(SharedPg.get(), home, gold.url(), conf);
    }

    @Override
    TestGold openSecond(Path home, Handlers handlers) throws Exception {
        return TestGold.postgres(SharedPg.get(), home, gold.url(), Map.of(), conf -> handlers);
    }

    @Test
    void aReadOnlyDatabaseRefusesWritesWith730AndStillAnswersQueries() throws Exception {
        String db = gold.url().substring(gold.url().lastIndexOf('/') + 1);
        gold.close();
        gold.execute("ALTER DATABASE " + db + " SET default_transaction_read_only = on");
        gold = TestGold.postgres(SharedPg.get(), home, gold.url());
        Response write = gold.call(Request.builder("User", "Create").set("Name", "amy"));
        assertEquals("730", write.code());
        assertEquals("000", gold.call(Request.builder("User", "Query")).code());
    }

    @Test
    void aCommitThatSynchronousReplicationNeverConfirmsAnswers250() throws Exception {
        try (PgCluster lonely = PgCluster.start()) {
            String url = lonely.createDatabase("gold");
            try (TestGold g = TestGold.postgres(lonely, home.resolve("lonely"), url,
                    Map.of("database.commit.timeout", "1"))) {
                g.execute("ALTER SYSTEM SET synchronous_standby_names = 'ghost'");
                g.execute("SELECT pg_reload_conf()");
                Thread.sleep(300);
                long start = System.nanoTime();
                Response r = g.call(Request.builder("User", "Create").set("Name", "amy"));
                assertEquals("250", r.code(), r.message());
                assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
                g.execute("ALTER SYSTEM RESET synchronous_standby_names");
                g.execute("SELECT pg_reload_conf()");
            }
        }
    }

    @Test
    void anUnreachableDatabaseFailsTheStartWith730() {
        Map<String, String> conf = Map.of("database.datasource", "jdbc:postgresql://127.0.0.1:1/gold",
                "database.user", "postgres", "database.connect.timeout", "2");
        GoldException e = assertThrows(GoldException.class,
                () -> GoldService.open(conf, home, Handlers.none(), SchemaInstaller.bankSql()));
        assertEquals("730", e.code());
    }
}
