package gold.server.bank;

import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;

import java.sql.SQLException;

import static gold.testkit.Requests.accessEntries;

/**
 * A bank over a {@link MemoryBankStore} with a settable clock, for unit tests: set-up helpers for the
 * getting-started objects and a {@link #run} that turns a GoldException into a Failure like the dispatcher.
 */
final class MemoryBank {
    static final long NOW = 1_800_000_000L;
    final MemoryBankStore store;
    BankConfig config = BankConfig.defaults("root");
    long now = NOW;

    MemoryBank() {
        this(new MemoryBankStore());
    }

    MemoryBank(MemoryBankStore store) {
        this.store = store;
    }

    Response run(Request request) {
        try {
            return Bank.handle(new BankCall(store, config, now, request, false));
        } catch (GoldException e) {
            return Response.failure(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Response run(Request.Builder b) {
        return run(b.actor("admin").build());
    }

    MemoryBank user(String name) {
        store.put("User", "Name", name);
        return this;
    }

    MemoryBank project(String name, String... members) {
        store.put("Project", "Name", name);
        for (String m : members) {
            store.put("ProjectUser", "Project", name, "Name", m);
        }
        return this;
    }

    MemoryBank machine(String name) {
        store.put("Machine", "Name", name);
        return this;
    }

    /** An account with its three access lists; a leading '-' makes an entry a denial. */
    long account(String name, String[] projects, String[] users, String[] machines) {
        long id = Long.parseLong(store.put("Account", "Name", name).get("Id"));
        accessEntries(id, projects, users, machines, store::put);
        return id;
    }

    MemoryBank rate(String type, String name, double rate) {
        store.put("ChargeRate", "Type", type, "Name", name, "Rate", Double.toString(rate));
        return this;
    }

    /** The classic getting-started example up to the deposits. */
    static MemoryBank gettingStarted() {
        MemoryBank b = new MemoryBank();
        b.user("amy").user("bob").user("dave").machine("colony").machine("blue");
        b.project("biology", "amy", "bob").project("chemistry", "amy", "bob", "dave");
        b.account("biology", new String[] {"biology"}, new String[] {"MEMBERS"}, new String[] {"ANY"});
        b.account("chemistry", new String[] {"chemistry"}, new String[] {"MEMBERS"}, new String[] {"ANY"});
        b.rate("Resource", "Processors", 1);
        return b;
    }

    double amount(long allocation) {
        return MemoryBankStore.d(store.row("Allocation", String.valueOf(allocation)), "Amount");
    }
}
