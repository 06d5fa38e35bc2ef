package gold.server.process;

import gold.server.bank.BankHandlers;
import gold.server.engine.GoldService;
import gold.server.engine.Handlers;
import gold.server.sql.SchemaInstaller;

import java.nio.file.Path;
import java.util.Map;

/**
 * The request service a goldd site runs: the generic engine with the bank's handlers in front of it,
 * on a database bootstrapped (when empty) from the shipped sql/bank.sql. This is the one place where
 * the bank is plugged into the engine, so the engine itself knows nothing of the bank.
 */
public final class SiteService {
    private SiteService() {
    }

    /** Opens the service for goldd.conf {@code goldddConf} under GOLD_HOME {@code goldHome}. */
    public static GoldService open(Map<String, String> goldddConf, Path goldHome) {
        return GoldService.open(goldddConf, goldHome, BankHandlers.register(Handlers.none(), goldddConf),
                SchemaInstaller.bankSql());
    }
}
