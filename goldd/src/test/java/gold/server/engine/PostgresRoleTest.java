package gold.server.engine;

import gold.testkit.TestGold;
import gold.testkit.SharedPg;

import java.nio.file.Path;

/** Authorization on PostgreSQL. */
class PostgresRoleTest extends RoleContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.postgres(SharedPg.get(), home);
    }
}
