package gold.server.engine;

import java.nio.file.Path;

/** The transaction frame on SQLite. */
class SqliteFrameTest extends FrameContract {
    @Override
    TestGold open(Path home) throws Exception {
        return TestGold.sqlite(home);
    }

    @Override
    TestGold openSecond(Path home) throws Exception {
        return TestGold.sqlite(home);
    }

    @Override
    TestGold openSecond(Path home, Handlers handlers) throws Exception {
        return TestGold.sqlite(home, handlers);
    }
}
