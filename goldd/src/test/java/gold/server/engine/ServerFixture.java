package gold.server.engine;

import gold.testkit.TestGold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The set-up every engine contract shares: a server on a freshly bootstrapped database of the concrete
 * class's kind (SQLite, PostgreSQL) per test, in its own home, closed after the test.
 */
abstract class ServerFixture {
    @TempDir
    Path home;
    TestGold gold;

    abstract TestGold open(Path home) throws Exception;

    @BeforeEach
    void start() throws Exception {
        gold = open(home);
    }

    @AfterEach
    void stop() {
        gold.close();
    }
}
