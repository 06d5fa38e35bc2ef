package gold.t;

import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The goldsh catalogue on a throw-away PostgreSQL cluster. */
class GoldshCataloguePostgresTest extends GoldshCatalogue {
    private static PgCluster pg;
    private static Installation gold;

    @BeforeAll
    static void start() throws Exception {
        pg = PgCluster.start();
        gold = Installation.create(Map.of("database.datasource", pg.createDatabase("gold"), "database.user", pg.user()));
        setUp(gold);
    }

    @AfterAll
    static void stop() {
        try {
            if (gold != null) {
                gold.close();
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    @Override
    Installation gold() {
        return gold;
    }

    @Override
    boolean insertionOrder() {
        return false;
    }
}
