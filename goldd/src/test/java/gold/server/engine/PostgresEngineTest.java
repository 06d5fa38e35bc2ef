package gold.server.engine;

import gold.testkit.TestGold;
import gold.testkit.SharedPg;

import java.nio.file.Path;

/** The engine contract on PostgreSQL (a fresh database per test). */
class PostgresEngineTest extends EngineContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home);
    }
}
