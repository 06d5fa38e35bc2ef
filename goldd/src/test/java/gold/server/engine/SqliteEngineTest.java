package gold.server.engine;

import gold.testkit.TestGold;

import java.nio.file.Path;

/** The engine contract on the embedded SQLite database. */
class SqliteEngineTest extends EngineContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }
}
