package gold.server.engine;

import gold.server.bank.BankHandlers;

import java.util.Map;

/**
 * The handlers every server runs before the generic engine. This is where {@code gold.server.bank}
 * registers its object/action handlers (Account Balance, Job Charge, ...), e.g.
 * {@code handlers.add("Account", "Balance", new BalanceHandler(conf))}; see goldd/README.md.
 */
public final class ServerHandlers {
    private ServerHandlers() {
    }

    /** The standard handler set for a server configured with goldd.conf {@code conf}. */
    public static Handlers standard(Map<String, String> conf) {
        return BankHandlers.register(Handlers.none(), conf);
    }
}
