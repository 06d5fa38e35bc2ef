package gold.server.engine;

import gold.testkit.TestGold;
import gold.testkit.SharedPg;

import java.nio.file.Path;

/** Run-time customization and history on PostgreSQL. */
class PostgresSchemaTest extends SchemaContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home);
    }

    @Override
    TestGold openSecond(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home, gold.url());
    }
}
