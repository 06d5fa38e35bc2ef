package gold.server.engine;

import java.nio.file.Path;

/** Every bootstrap object's lifecycle on SQLite. */
class SqliteBootstrapObjectsTest extends BootstrapObjectsContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqliteWithBank(home);
    }
}
