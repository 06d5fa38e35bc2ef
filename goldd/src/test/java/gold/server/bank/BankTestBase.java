package gold.server.bank;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank tests of one database: each test's servers live in its own temporary home and are closed after it. */
abstract class BankTestBase implements BankFixture {
    @TempDir
    Path home;
    private final List<BankGold> opened = new ArrayList<>();

    /** A bank server on a fresh database of this class's kind. */
    abstract BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception;

    @Override
    public BankGold open(Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        BankGold g = open(home, conf, stores);
        opened.add(g);
        return g;
    }

    @AfterEach
    void stop() {
        opened.forEach(BankGold::close);
    }
}
