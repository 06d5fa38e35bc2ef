package gold.server.engine;

import gold.testkit.TestGold;

import java.nio.file.Path;

/** Validation failures on SQLite. */
class SqliteValidationTest extends ValidationContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }
}
