package gold.t;

import java.io.IOException;
import java.util.Map;

/** The goldsh catalogue on the embedded SQLite database, every output exact. */
class GoldshCatalogueTest extends GoldshCatalogue {
    @Override
    Installation install() throws IOException {
        return Installation.create(Map.of());
    }

    @Override
    boolean insertionOrder() {
        return true;
    }
}
