package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.ActionHandler;
import gold.server.engine.Handlers;
import gold.server.engine.RequestContext;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

/**
 * Plugs the bank into the request service (goldd/README.md, handler seam): one handler per bank
 * object/action, each running inside the request's transaction over a {@link SqlBankStore}.
 * Every bank action first takes the "bank" key lock, so on PostgreSQL (READ COMMITTED) bank requests
 * read and write balances one at a time, as SQLite's BEGIN IMMEDIATE already guarantees.
 */
public final class BankHandlers {
    /** The lock key serializing bank read-modify-write sequences across servers. */
    static final String LOCK = "gold bank";

    private BankHandlers() {
    }

    /** Adds the bank's handlers to {@code handlers} for a server configured with goldd.conf {@code conf}. */
    public static Handlers register(Handlers handlers, Map<String, String> conf) {
        return register(handlers, conf, SqlBankStore::new);
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
        private final Map<String, String> conf;
        private final Function<RequestContext, BankStore> stores;

        Handler(Map<String, String> conf, Function<RequestContext, BankStore> stores) {
            this.conf = Map.copyOf(conf);
            this.stores = stores;
        }

        @Override
        public Response handle(RequestContext ctx, Request request) throws SQLException {
            if (writes(request)) {
                ctx.dialect().lockKey(ctx.connection(), LOCK);
            }
            BankConfig config = BankConfig.from(conf::get, ctx.superUser());
            return Bank.handle(new BankCall(stores.apply(ctx), config, ctx.now(), request, ctx.overridden()));
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
