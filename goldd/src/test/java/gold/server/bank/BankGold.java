package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.Handlers;
import gold.testkit.PgCluster;
import gold.testkit.TestGold;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static gold.testkit.Requests.accessEntries;
import static gold.testkit.Requests.create;

/**
 * A {@link TestGold} with the bank's handlers, each request's store optionally wrapped (to observe what the
 * bank reads), plus the set-up steps of the worked examples.
 */
final class BankGold extends TestGold {
    private BankGold(TestGold opened) {
        super(opened);
    }

    static BankGold sqlite(Path home, Map<String, String> extra, UnaryOperator<BankStore> stores) throws Exception {
        return new BankGold(TestGold.sqlite(home, extra, bank(stores)));
    }

    static BankGold postgres(PgCluster pg, Path home, Map<String, String> extra, UnaryOperator<BankStore> stores)
            throws Exception {
        return new BankGold(TestGold.postgres(pg, home, TestGold.freshDatabase(pg), extra, bank(stores)));
    }

    private static Function<Map<String, String>, Handlers> bank(UnaryOperator<BankStore> stores) {
        ChargeRateCache rates = new ChargeRateCache();
        return conf -> BankHandlers.register(Handlers.none(), conf, ctx -> stores.apply(new SqlBankStore(ctx, rates)));
    }

    BankGold users(String... names) {
        for (String n : names) {
            ok(create("User", "Name", n));
        }
        return this;
    }

    BankGold machines(String... names) {
        for (String n : names) {
            ok(create("Machine", "Name", n));
        }
        return this;
    }

    /** Project Create (auto-generating its account unless told otherwise) and its members. */
    Response project(String name, String createAccount, String... members) {
        Request.Builder b = create("Project", "Name", name);
        if (!createAccount.isEmpty()) {
            b.option("CreateAccount", createAccount);
        }
        Response r = ok(b);
        for (String m : members) {
            ok(create("ProjectUser", "Project", name, "Name", m));
        }
        return r;
    }

    /** An account with access lists; a leading '-' is a denial (Access=False). */
    long account(String name, String[] projects, String[] users, String[] machines) {
        long id = Long.parseLong(ok(create("Account", "Name", name)).data().get(0).get("Id"));
        accessEntries(id, projects, users, machines, (object, pairs) -> ok(create(object, pairs)));
        return id;
    }

    double amount(long allocation) throws SQLException {
        return number("SELECT g_amount FROM g_allocation WHERE g_id = " + allocation);
    }

    long nextTransaction() throws SQLException {
        return Long.parseLong(text("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"));
    }
}
