package gold.server.bank;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank's worked examples, failure codes, journal and reads on the embedded SQLite database. */
class SqliteBankTest extends BankTestBase implements WorkedExamplesContract, AccountsContract, JobFunctionsContract,
        UseRulesContract, ExactTotalsContract, JournalContract, ReadScopeContract {
    @Override
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.sqlite(home, conf, stores);
    }
}
