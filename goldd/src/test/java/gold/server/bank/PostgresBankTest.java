package gold.server.bank;

import gold.testkit.SharedPg;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The bank's worked examples, failure codes, journal and reads on PostgreSQL: a database per test. */
class PostgresBankTest extends BankTestBase implements WorkedExamplesContract, AccountsContract, JobFunctionsContract,
        UseRulesContract, ExactTotalsContract, JournalContract, ReadScopeContract {
    @Override
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.postgres(SharedPg.get(), home, conf, stores);
    }
}
