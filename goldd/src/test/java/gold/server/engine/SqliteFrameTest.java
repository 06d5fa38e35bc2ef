package gold.server.engine;

import gold.testkit.TestGold;

import java.nio.file.Path;
import java.util.Map;

/** The transaction frame on SQLite. */
class SqliteFrameTest extends FrameContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }

    @Override
    TestGold openSecond(Path home, Map<String, String> conf) throws Exception {
        return TestGold.sqlite(home, conf);
    }

    @Override
    TestGold openSecond(Path home, Handlers handlers) throws Exception {
        return TestGold.sqlite(home, Map.of(), conf -> handlers);
    }
}
