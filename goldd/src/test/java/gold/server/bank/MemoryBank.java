package gold.server.bank;

import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;

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

    static Request.Builder req(String object, String action, String... options) {
        Request.Builder b = Request.builder(object, action);
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        return b;
    }

    static Request.Builder job(String action, String... fields) {
        Row.Builder row = new Row.Builder("Job");
        for (int i = 0; i < fields.length; i += 2) {
            row.put(fields[i], fields[i + 1]);
        }
        return Request.builder("Job", action).data(row.build());
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
        access("AccountProject", id, projects);
        access("AccountUser", id, users);
        access("AccountMachine", id, machines);
        return id;
    }

    private void access(String object, long id, String[] names) {
        for (String n : names) {
            boolean deny = n.startsWith("-");
            store.put(object, "Account", String.valueOf(id), "Name", deny ? n.substring(1) : n,
                    "Access", deny ? "False" : "True");
        }
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
