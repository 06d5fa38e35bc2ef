package gold.server.engine;

import gold.server.bank.BankHandlers;
import gold.testkit.TestGold;
import gold.testkit.SharedPg;

import java.nio.file.Path;
import java.util.Map;

/** Every bootstrap object's lifecycle on PostgreSQL. */
class PostgresBootstrapObjectsTest extends BootstrapObjectsContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home, TestGold.freshDatabase(SharedPg.get()), Map.of(),
                conf -> BankHandlers.register(Handlers.none(), conf));
    }
}
