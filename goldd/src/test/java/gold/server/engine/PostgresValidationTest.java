package gold.server.engine;

import gold.testkit.TestGold;
import gold.testkit.SharedPg;

import java.nio.file.Path;

/** Validation failures on PostgreSQL. */
class PostgresValidationTest extends ValidationContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home);
    }
}
