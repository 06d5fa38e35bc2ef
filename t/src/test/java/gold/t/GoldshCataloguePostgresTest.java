package gold.t;

/** The goldsh catalogue on a throw-away PostgreSQL cluster. */
class GoldshCataloguePostgresTest extends GoldshCatalogue {
    @Override
    Installation install() throws Exception {
        return Installation.onOwnPostgres();
    }

    @Override
    boolean insertionOrder() {
        return false;
    }
}
