package gold.server.bank;

import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank's worked examples and failure codes on PostgreSQL: one throw-away cluster, a database per test. */
class PostgresBankTest extends BankContract {
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
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.postgres(pg, home, conf, stores);
    }
}
