package gold.server.bank;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank's worked examples and failure codes on the embedded SQLite database. */
class SqliteBankTest extends BankContract {
    @Override
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.sqlite(home, conf, stores);
    }
}
