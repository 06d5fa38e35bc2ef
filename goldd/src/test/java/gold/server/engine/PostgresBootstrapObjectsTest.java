package gold.server.engine;

import java.nio.file.Path;

/** Every bootstrap object's lifecycle on PostgreSQL. */
class PostgresBootstrapObjectsTest extends BootstrapObjectsContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgresWithBank(SharedPg.get(), home);
    }
}
