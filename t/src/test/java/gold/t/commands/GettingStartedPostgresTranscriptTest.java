package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The getting-started transcript on a throw-away PostgreSQL cluster. */
class GettingStartedPostgresTranscriptTest extends GettingStartedTranscript {
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        gold = Installation.onOwnPostgres();
        gold.start();
    }

    @AfterAll
    static void stopServer() {
        if (gold != null) {
            gold.close();
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
