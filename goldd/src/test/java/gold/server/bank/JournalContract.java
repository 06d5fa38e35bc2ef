package gold.server.bank;

import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The journal: the documented sequence of rows of each bank action, and what allocation refreshes journal.
 */
interface JournalContract extends BankFixture {
    default List<List<String>> journalSince(BankGold g, long first) throws Exception {
        return g.rows("SELECT g_object, g_action, g_name, g_child FROM g_transaction WHERE g_id >= " + first
                + " ORDER BY g_id");
    }

    /** docs/bank.md, Journal entries; generic creates of AutoGen objects name no Id (the Name rule of docs/data-model.md, The Transaction journal). */
    @Test
    default void eachBankActionWritesTheDocumentedJournalSequence() throws Exception {
        BankGold g = open();
        g.users("amy").machines("colony");
        long t = g.nextTransaction();
        g.project("chemistry", "", "amy");
        assertEquals(List.of(step("Project", "Create", "chemistry", null), step("Account", "Create", "chemistry", null),
                        step("AccountProject", "Create", "1", "chemistry"), step("AccountUser", "Create", "1", "MEMBERS"),
                        step("AccountMachine", "Create", "1", "ANY"), step("ProjectUser", "Create", "chemistry", "amy")),
                journalSince(g, t));
        t = g.nextTransaction();
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "1000"));
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "10"));
        assertEquals(List.of(step("Allocation", "Create", null, null), step("Account", "Deposit", "1", null),
                step("Allocation", "Modify", "1", null), step("Account", "Deposit", "1", null)), journalSince(g, t));
        t = g.nextTransaction();
        g.ok(req("Account", "Withdraw", "Id", "1", "Amount", "10"));
        assertEquals(List.of(step("Allocation", "Modify", "1", null), step("Account", "Withdraw", "1", "1")),
                journalSince(g, t));
        g.account("other", new String[] {"ANY"}, new String[] {"ANY"}, new String[] {"ANY"});
        t = g.nextTransaction();
        g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "100"));
        assertEquals(List.of(step("Allocation", "Modify", "1", null), step("Account", "Transfer", "1", "1"),
                step("Allocation", "Create", null, null), step("Account", "Transfer", "2", "2")), journalSince(g, t));
        t = g.nextTransaction();
        Response quote = g.call(job("Quote", "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony",
                "Processors", "2", "WallDuration", "10").option("Guarantee", "True"));
        assertEquals("Successfully quoted 20 credits with quote id 1", quote.message());
        assertEquals(List.of(step("Job", "Create", null, null), step("Quotation", "Create", null, null),
                step("QuotationChargeRate", "Create", "1", "Processors"), step("Quotation", "Modify", "1", null),
                step("Job", "Quote", null, null)), journalSince(g, t));
        t = g.nextTransaction();
        g.ok(job("Reserve", "JobId", "PBS.7", "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony",
                "Processors", "2", "WallDuration", "10", "QuoteId", "1"));
        assertEquals(List.of(step("Job", "Modify", "1", null), step("Reservation", "Create", "PBS.7", null),
                step("ReservationAllocation", "Create", "1", "1"), step("Job", "Reserve", null, null)),
                journalSince(g, t));
        t = g.nextTransaction();
        g.ok(job("Charge", "JobId", "PBS.7", "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony",
                "Processors", "2", "WallDuration", "5", "QuoteId", "1"));
        assertEquals(List.of(step("Quotation", "Modify", "1", null), step("Allocation", "Modify", "1", null),
                step("Job", "Charge", "1", "PBS.7"), step("Reservation", "Delete", "PBS.7", null),
                step("ReservationAllocation", "Delete", "1", null), step("Job", "Modify", "1", null)),
                journalSince(g, t));
        t = g.nextTransaction();
        g.ok(req("Job", "Refund", "JobId", "PBS.7"));
        assertEquals(List.of(step("Allocation", "Modify", "1", null), step("Job", "Refund", null, null),
                step("Job", "Modify", "1", null)), journalSince(g, t));
        assertEquals("PBS.7", g.text("SELECT g_job_id FROM g_transaction WHERE g_action = 'Refund'"));
        t = g.nextTransaction();
        assertEquals("Successfully activated 0 credits and deactivated 0 credits",
                g.ok(req("Allocation", "Refresh")).message());
        assertEquals(t, g.nextTransaction(), "nothing to flip, nothing journaled");
    }

    default void sleepUntil(long epochSecond) throws InterruptedException {
        while (now() < epochSecond) {
            Thread.sleep(100);
        }
    }

    /** 8.1 on the real clock: the half-open window's flips and the deltas they journal (K1). */
    @Test
    default void allocationRefreshJournalsActivationAndDeactivationDeltas() throws Exception {
        BankGold g = gettingStarted();
        long edge = now() + 3;
        long end = edge + 4;
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "500", "EndTime", String.valueOf(edge)));
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "700", "StartTime", String.valueOf(edge),
                "EndTime", String.valueOf(end)));
        assertEquals(List.of(List.of("1", "True"), List.of("2", "False")),
                g.rows("SELECT g_id, g_active FROM g_allocation ORDER BY g_id"));
        String flips = "SELECT g_action, g_name, g_account, g_allocation, CAST(g_delta AS INTEGER) FROM g_transaction"
                + " WHERE g_object = 'Allocation' AND g_action IN ('Activate', 'Deactivate') ORDER BY g_id";

        sleepUntil(edge);
        assertEquals("Successfully activated 700 credits and deactivated 500 credits",
                g.ok(req("Allocation", "Refresh")).message(), "the end second is outside, the start second inside");
        assertEquals(List.of(List.of("Activate", "2", "1", "2", "700"), List.of("Deactivate", "1", "1", "1", "-500")),
                g.rows(flips).stream().sorted(Comparator.comparing(r -> r.get(0))).toList());
        assertEquals(List.of(List.of("1", "False"), List.of("2", "True")),
                g.rows("SELECT g_id, g_active FROM g_allocation ORDER BY g_id"));
        assertEquals(700, g.ok(req("Account", "Balance", "Id", "1")).count());

        sleepUntil(end);
        assertEquals("Successfully activated 0 credits and deactivated 700 credits",
                g.ok(req("Allocation", "Refresh")).message());
        assertEquals(List.of("Deactivate", "2", "1", "2", "-700"), g.rows(flips).get(2));
        long journal = g.nextTransaction();
        assertEquals("Successfully activated 0 credits and deactivated 0 credits",
                g.ok(req("Allocation", "Refresh")).message());
        assertEquals(journal, g.nextTransaction(), "nothing flips twice");
        assertEquals(List.of(List.of("1", "0"), List.of("2", "0")), g.rows("SELECT g_allocation,"
                + " CAST(SUM(g_delta) AS INTEGER) FROM g_transaction WHERE g_allocation IS NOT NULL"
                + " AND g_delta IS NOT NULL GROUP BY g_allocation ORDER BY g_allocation"),
                "deposit, activation and deactivation deltas balance out per allocation");
        assertEquals(List.of(500.0, 700.0), List.of(g.amount(1), g.amount(2)), "flips never change amounts");
        assertEquals(0, g.ok(req("Account", "Balance", "Id", "1")).count());
    }

    /**
     * Refresh reads only the allocations whose Active flag disagrees with their window: a NULL end is
     * the infinity, a NULL or odd Active flag is inactive, exactly as when every allocation is read.
     */
    @Test
    default void refreshFindsEveryStaleFlagWhateverIsStored() throws Exception {
        BankGold g = gettingStartedWithDeposit(1, 100);
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "20", "StartTime", "10", "EndTime", "20"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "3"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "4000", "EndTime", String.valueOf(now() + 86400)));
        g.execute("UPDATE g_allocation SET g_active = 'False', g_end_time = NULL WHERE g_id = 1");
        g.execute("UPDATE g_allocation SET g_active = 'True' WHERE g_id = 2");
        g.execute("UPDATE g_allocation SET g_active = NULL WHERE g_id = 3");
        g.execute("UPDATE g_allocation SET g_active = 'true', g_start_time = NULL WHERE g_id = 4");
        assertEquals("Successfully activated 4103 credits and deactivated 20 credits",
                g.ok(req("Allocation", "Refresh")).message());
        assertEquals(List.of(List.of("1", "True"), List.of("2", "False"), List.of("3", "True"), List.of("4", "True")),
                g.rows("SELECT g_id, g_active FROM g_allocation ORDER BY g_id"));
        assertEquals(4103, g.ok(req("Account", "Balance", "Project", "chemistry")).count()
                + g.ok(req("Account", "Balance", "Project", "biology")).count());
    }
}
