package gold.server.bank;

import gold.protocol.Response;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every bank contract builds on: a bank server on a fresh database of the test class's kind (SQLite,
 * PostgreSQL; {@link BankTestBase}), the set-ups of the worked examples and the shared checks. The contracts
 * are interfaces of tests, so that one test class per database runs them all.
 */
interface BankFixture {
    /**
     * A bank server on a fresh database with extra goldd.conf keys, each request's store passed through
     * {@code stores}; closed after the test.
     */
    BankGold open(Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception;

    default BankGold open(Map<String, String> conf) throws Exception {
        return open(conf, UnaryOperator.identity());
    }

    default BankGold open() throws Exception {
        return open(Map.of());
    }

    /** 10.1 set-up: users, machines, projects with auto-generated accounts 1 and 2, members, deposits. */
    default BankGold gettingStarted() throws Exception {
        BankGold g = open();
        g.users("amy", "bob", "dave").machines("colony", "blue");
        assertEquals("Successfully created 1 Project\nAuto-generated Account 1",
                g.project("biology", "", "amy", "bob").message());
        assertEquals("Successfully created 1 Project\nAuto-generated Account 2",
                g.project("chemistry", "", "amy", "bob", "dave").message());
        return g;
    }

    /** The 10.1 set-up and a deposit of {@code amount} into {@code account}. */
    default BankGold gettingStartedWithDeposit(int account, long amount) throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", String.valueOf(account), "Amount", String.valueOf(amount)));
        return g;
    }

    default Response chemistryJob(BankGold g, String action, String... more) {
        String[] base = {"ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return g.call(job(action, all));
    }

    default long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** 10.2 set-up: biology auto account 1 (four quarterly allocations 1-4), chemistry accounts 2, 3, 4. */
    default BankGold explicitAccounts() throws Exception {
        BankGold g = open();
        g.users("amy", "bob", "dave").machines("colony", "blue");
        g.project("biology", "", "amy", "bob");
        assertEquals("Successfully created 1 Project", g.project("chemistry", "False", "amy", "bob", "dave").message());
        assertEquals(2, g.account("chem-colony", new String[] {"chemistry"}, new String[] {"MEMBERS"},
                new String[] {"colony"}));
        assertEquals(3, g.account("chem-amy", new String[] {"chemistry"}, new String[] {"amy"}, new String[] {"ANY"}));
        assertEquals(4, g.account("chem-others", new String[] {"chemistry"}, new String[] {"MEMBERS", "-amy"},
                new String[] {"ANY"}));
        long t = now();
        long day = 86400;
        long[] quarters = {t - 300 * day, t - 200 * day, t - 100 * day, t + 100 * day, t + 200 * day};
        for (int q = 0; q < 4; q++) {
            g.ok(req("Account", "Deposit", "Id", "1", "Amount", "25000000", "StartTime", String.valueOf(quarters[q]),
                    "EndTime", String.valueOf(quarters[q + 1])));
        }
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "50000000"));
        assertEquals("Successfully deposited 9000000 credits into account 3",
                g.ok(req("Account", "Deposit", "Id", "3", "Amount", "9000000", "CreditLimit", "1000000")).message());
        g.ok(req("Account", "Deposit", "Id", "4", "Amount", "40000000"));
        assertEquals(List.of(List.of("5", "2"), List.of("6", "3"), List.of("7", "4")),
                g.rows("SELECT g_id, g_account FROM g_allocation WHERE g_id > 4 ORDER BY g_id"));
        return g;
    }

    default void fails(String code, String message, Response r) {
        assertEquals(List.of(code, message), List.of(r.code(), r.message()));
        assertTrue(r.isFailure());
    }

    default List<String> ids(Response r) {
        return r.data().stream().map(row -> row.get("Id")).sorted().toList();
    }

    default List<String> step(String object, String action, String name, String child) {
        return Arrays.asList(object, action, name, child);
    }
}
