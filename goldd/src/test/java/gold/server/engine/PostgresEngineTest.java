package gold.server.engine;

import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/** The engine contract on PostgreSQL: one throw-away cluster, a fresh database per test. */
class PostgresEngineTest extends EngineContract {
    private static PgCluster pg;

    @BeforeAll
    static void cluster() throws Exception {
        pg = PgCluster.start();
    }

    @AfterAll
    static void stopCluster() {
        pg.close();
    }

    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(pg, home);
    }
}
