package gold.t.commands;

import gold.t.Installation;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The getting-started transcript on a throw-away PostgreSQL cluster. */
class GettingStartedPostgresTranscriptTest extends GettingStartedTranscript {
    private static PgCluster pg;
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        pg = PgCluster.start();
        gold = Installation.create(Map.of("database.datasource", pg.createDatabase("gold"), "database.user", pg.user()));
        gold.start();
    }

    @AfterAll
    static void stopServer() {
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
    boolean insertionOrder() {
        return false;
    }

    @Override
    Installation gold() {
        return gold;
    }
}
