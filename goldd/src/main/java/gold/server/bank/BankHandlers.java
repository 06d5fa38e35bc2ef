package gold.server.bank;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.ActionHandler;
import gold.server.engine.Handlers;
import gold.server.engine.RequestContext;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;

/**
 * Plugs the bank into the request service (goldd/README.md, handler seam): one handler per bank
 * object/action, each running inside the request's transaction over a {@link SqlBankStore}.
 * Money-moving actions lock only the rows they change (see package-info, Concurrency); the rare
 * structural changes lock the transaction-id counter first and so run alone among writers.
 */
public final class BankHandlers {
    /**
     * Rare administrative changes of the bank's structure (accounts, links, allocations as such) whose
     * checks read more than the rows they change: they run one at a time against every other writer.
     */
    static final Set<String> STRUCTURAL = Set.of("Project Create", "Allocation Create",
            "Allocation Modify", "Allocation Delete", "Allocation Undelete", "Account Delete", "Account Undelete",
            "AccountAccount Create", "AccountAccount Modify");

    private BankHandlers() {
    }

    /** Adds the bank's handlers to {@code handlers} for a server configured with goldd.conf {@code conf}. */
    public static Handlers register(Handlers handlers, Map<String, String> conf) {
        ChargeRateCache rates = new ChargeRateCache();
        return register(handlers, conf, ctx -> new SqlBankStore(ctx, rates));
    }

    /** As {@link #register(Handlers, Map)} over the given stores (tests observe what the bank reads). */
    static Handlers register(Handlers handlers, Map<String, String> conf, Function<RequestContext, BankStore> stores) {
        ActionHandler handler = new Handler(conf, stores);
        for (String key : Bank.ACTIONS) {
            String[] parts = key.split(" ");
            handlers.add(parts[0], parts[1], handler);
        }
        return handlers;
    }

    private static final class Handler implements ActionHandler {
        private final BankConfig config;
        private final Function<RequestContext, BankStore> stores;

        Handler(Map<String, String> conf, Function<RequestContext, BankStore> stores) {
            this.config = BankConfig.from(GoldConfig.of(conf), "");
            this.stores = stores;
        }

        @Override
        public Response handle(RequestContext ctx, Request request) throws SQLException {
            if (STRUCTURAL.contains(request.object() + " " + request.action())) {
                lockWriters(ctx);
            }
            return Bank.handle(new BankCall(stores.apply(ctx), config.withSuperUser(ctx.superUser()), ctx.now(), request,
                    ctx.overridden(), true));
        }

        /** The dialect's key lock excludes every other writer's id phase (PostgreSQL: the counter's row lock). */
        private static void lockWriters(RequestContext ctx) throws SQLException {
            ctx.dialect().lockKey(ctx.connection(), "bank structure");
        }

        @Override
        public boolean writes(Request request) {
            // even Balance writes: its implicit Refresh journals activations (docs/bank.md, Time windows and Refresh);
            // Job and Transaction queries only check, and Reservation Query refreshes with UseRules only
            return switch (request.object() + " " + request.action()) {
                case "Job Query", "Transaction Query" -> false;
                case "Reservation Query" -> "True".equals(request.option("UseRules"));
                default -> true;
            };
        }
    }
}
