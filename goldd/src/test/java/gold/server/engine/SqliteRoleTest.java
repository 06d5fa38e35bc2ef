package gold.server.engine;

import gold.testkit.TestGold;

import java.nio.file.Path;

/** Authorization on SQLite. */
class SqliteRoleTest extends RoleContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }
}
