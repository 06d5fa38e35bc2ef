package gold.server.engine;

import gold.testkit.TestGold;

import java.nio.file.Path;

/** Run-time customization and history on SQLite. */
class SqliteSchemaTest extends SchemaContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }

    @Override
    TestGold openSecond(Path home) throws Exception {
        return TestGold.sqlite(home);
    }
}
