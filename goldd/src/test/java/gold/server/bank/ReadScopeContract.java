package gold.server.bank;

import gold.protocol.Request;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the bank reads: Balance and the job functions read only the related accounts, however many others there are.
 */
interface ReadScopeContract extends BankFixture {
    /**
     * Balance reads only the rows that can matter: with 12000 unrelated accounts (each with an
     * allocation, a hold and access rows naming other users and projects, machine ANY), the store's reads
     * of one Balance return a handful of rows and every answer is the one without them; a Balance of
     * everyone (past the store's whole-table threshold) counts them all.
     */
    int OTHERS = 12000;

    @Test
    default void balanceReadsOnlyTheRelatedAccounts() throws Exception {
        RowCounter counter = new RowCounter();
        BankGold g = open(Map.of(), counter::wrap);
        g.users("amy", "bob", "dave").machines("colony", "blue");
        g.project("biology", "", "amy", "bob");
        g.project("chemistry", "", "amy", "bob", "dave");
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "250"));
        g.ok(create("Account", "Name", "parent"));
        g.ok(create("AccountAccount", "Account", "3", "Id", "2", "Overflow", "True"));
        g.ok(req("Account", "Deposit", "Id", "3", "Amount", "7"));
        assertEquals("Successfully reserved 10 credits for job PBS.1",
                chemistryJob(g, "Reserve", "JobId", "PBS.1", "Processors", "1", "WallDuration", "10").message());
        List<Request.Builder> asks = List.of(req("Account", "Balance", "User", "amy"),
                req("Account", "Balance", "Project", "chemistry", "Machine", "colony"),
                req("Account", "Balance", "User", "dave", "IgnoreAncestors", "True"),
                req("Account", "Balance", "Id", "2", "ShowAvailableCredit", "True"));
        List<String> before = new ArrayList<>();
        for (Request.Builder ask : asks) {
            before.add(g.ok(ask).message());
        }
        long everyone = g.ok(req("Account", "Balance")).count();
        seedUnrelated(g, OTHERS, "INSERT INTO g_reservation_allocation" + ROW_HEAD
                + "g_reservation, g_id, g_account, g_amount) SELECT 0, 0, 0, 0, 1, 100000 + i, 1000 + i, 1 FROM n");
        for (int i = 0; i < asks.size(); i++) {
            counter.rows = 0;
            assertEquals(before.get(i), g.ok(asks.get(i)).message());
            assertTrue(counter.rows < 60, "rows read by " + asks.get(i).build() + ": " + counter.rows);
        }
        counter.rows = 0;
        assertEquals(everyone + OTHERS * (1000 - 1), g.ok(req("Account", "Balance")).count());
        assertTrue(counter.rows > OTHERS, "an unrestricted Balance reads every account: " + counter.rows);
    }

    /** Unrelated accounts seeded for {@link #jobFunctionsReadOnlyTheRelatedAccounts}. */
    int UNRELATED = 20000;

    /**
     * Quote, Reserve, Charge and Refund answer the same with 20,000 unrelated accounts (each with an
     * allocation and access entries), reservations with holds, jobs and journal rows seeded in SQL, and
     * read fewer than a fixed small number of rows (counted at the store, as for Balance).
     */
    @Test
    default void jobFunctionsReadOnlyTheRelatedAccounts() throws Exception {
        RowCounter counter = new RowCounter();
        BankGold g = open(Map.of(), counter::wrap);
        g.users("amy", "bob").machines("colony");
        g.project("biology", "", "amy", "bob");
        g.project("chemistry", "", "amy", "bob");
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "250"));
        g.ok(create("Account", "Name", "parent"));
        g.ok(create("AccountAccount", "Account", "3", "Id", "2", "Overflow", "True"));
        g.ok(req("Account", "Deposit", "Id", "3", "Amount", "7"));
        List<String> before = jobRound(g, "1", counter, Long.MAX_VALUE);
        seedUnrelated(g, UNRELATED,
                "INSERT INTO g_reservation" + ROW_HEAD + "g_id, g_name, g_job, g_user, g_project, g_machine,"
                + " g_start_time, g_end_time) SELECT 0, 0, 0, 0, 100000 + i, 'job' || i, 'x', 'user' || (i % 7),"
                + " 'project' || i, 'colony', 0, 2147483647 FROM n",
                "INSERT INTO g_reservation_allocation" + ROW_HEAD + "g_reservation, g_id, g_account, g_amount)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 100000 + i, 1000 + i, 1 FROM n",
                "INSERT INTO g_job" + ROW_HEAD + "g_id, g_job_id, g_user, g_project, g_machine, g_stage, g_charge)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 'job' || i, 'user' || (i % 7), 'project' || i, 'colony', 'Charge', 1"
                + " FROM n",
                "INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_creation_time,"
                + " g_modification_time, g_request_id, g_transaction_id, g_account, g_allocation, g_delta, g_amount)"
                + " SELECT 1000000 + i, 'Job', 'Charge', 'gold', CAST(100000 + i AS varchar(20)), 'job' || i, 0, 0, 0, 0,"
                + " 1000 + i, 100000 + i, -1, 1 FROM n");
        List<String> after = jobRound(g, "2", counter, 80);
        assertEquals(before.stream().map(m -> m.replace("PBS.1", "PBS.2")).toList(), after);
    }

    /** The columns every row written behind the server's back starts with (then its own, all zero). */
    String ROW_HEAD = " (g_creation_time, g_modification_time, g_request_id, g_transaction_id, ";

    /**
     * Writes {@code count} unrelated accounts in SQL behind the server's back: account 1000+i with
     * allocation 100000+i of 1000, entries for user{i % 7}, project{i} and machine ANY, then the
     * {@code more} inserts, each a SELECT over the same series n(i) = 0 .. count-1.
     */
    private void seedUnrelated(BankGold g, int count, String... more) throws SQLException {
        List<String> inserts = new ArrayList<>(List.of(
                "INSERT INTO g_account" + ROW_HEAD + "g_id, g_name) SELECT 0, 0, 0, 0, 1000 + i, 'other' || i FROM n",
                "INSERT INTO g_allocation" + ROW_HEAD + "g_id, g_account, g_amount)"
                        + " SELECT 0, 0, 0, 0, 100000 + i, 1000 + i, 1000 FROM n"));
        for (String[] access : List.of(new String[] {"g_account_user", "'user' || (i % 7)"},
                new String[] {"g_account_project", "'project' || i"}, new String[] {"g_account_machine", "'ANY'"})) {
            inserts.add("INSERT INTO " + access[0] + ROW_HEAD + "g_account, g_name) SELECT 0, 0, 0, 0, 1000 + i, "
                    + access[1] + " FROM n");
        }
        inserts.addAll(List.of(more));
        for (String insert : inserts) {
            g.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (count - 1) + ") "
                    + insert);
        }
    }

    /** Quote, Reserve, Charge, Refund of job PBS.{n}; each may read at most {@code limit} rows. */
    private static List<String> jobRound(BankGold g, String n, RowCounter counter, long limit) {
        List<String> messages = new ArrayList<>();
        List<Request.Builder> asks = List.of(
                job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony", "Processors", "4",
                        "WallDuration", "10"),
                job("Reserve", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony", "JobId", "PBS." + n,
                        "Processors", "4", "WallDuration", "10"),
                job("Charge", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony", "JobId", "PBS." + n,
                        "Processors", "4", "WallDuration", "10"),
                req("Job", "Refund", "JobId", "PBS." + n, "Amount", "15"));
        for (Request.Builder ask : asks) {
            counter.rows = 0;
            messages.add(g.ok(ask).message());
            assertTrue(counter.rows < limit, "rows read by " + ask.build() + ": " + counter.rows);
        }
        return messages;
    }
}
