package gold.server.bank;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank under contention on SQLite, whose writers BEGIN IMMEDIATE serializes. */
class SqliteBankConcurrencyTest extends BankTestBase implements BankConcurrencyContract {
    @Override
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.sqlite(home, conf, stores);
    }
}
