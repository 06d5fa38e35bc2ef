package gold.t;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The goldsh catalogue on a throw-away PostgreSQL cluster. */
class GoldshCataloguePostgresTest extends GoldshCatalogue {
    private static Installation gold;

    @BeforeAll
    static void start() throws Exception {
        gold = Installation.onOwnPostgres();
        setUp(gold);
    }

    @AfterAll
    static void stop() {
        if (gold != null) {
            gold.close();
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
