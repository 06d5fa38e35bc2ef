package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The getting-started transcript on the embedded SQLite database (no datasource configured). */
class GettingStartedTranscriptTest extends GettingStartedTranscript {
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        gold = Installation.create(Map.of());
        gold.start();
    }

    @AfterAll
    static void stopServer() {
        if (gold != null) {
            gold.close();
        }
    }

    @Override
    Installation gold() {
        return gold;
    }
}
