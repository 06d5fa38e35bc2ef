package gold.t;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The goldsh catalogue on the embedded SQLite database, every output exact. */
class GoldshCatalogueTest extends GoldshCatalogue {
    private static Installation gold;

    @BeforeAll
    static void start() throws Exception {
        gold = Installation.create(Map.of());
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
        return true;
    }
}
