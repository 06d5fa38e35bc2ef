package gold.server.engine;

import gold.server.bank.BankHandlers;
import gold.testkit.TestGold;

import java.nio.file.Path;
import java.util.Map;

/** Every bootstrap object's lifecycle on SQLite. */
class SqliteBootstrapObjectsTest extends BootstrapObjectsContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home, Map.of(), conf -> BankHandlers.register(Handlers.none(), conf));
    }
}
