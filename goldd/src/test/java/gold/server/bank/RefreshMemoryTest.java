package gold.server.bank;

import gold.protocol.Response;
import gold.server.engine.TransactionRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Refresh on the half-open window (docs/bank.md, Time windows and Refresh) and the deltas it journals. */
class RefreshMemoryTest {

    @Test
    void depositIntoAFutureWindowIsJournaledWhenItActivates() {
        MemoryBank b = MemoryBank.gettingStarted();
        long start = MemoryBank.NOW + 100;
        b.run(req("Account", "Deposit", "Id", "1", "Amount", "500", "StartTime", String.valueOf(start),
                "EndTime", String.valueOf(start + 100)));
        TransactionRecord deposit = b.store.journal.stream().filter(r -> r.action().equals("Deposit")).findFirst().orElseThrow();
        assertNull(deposit.delta(), "an inactive window logs no delta");
        assertEquals("False", b.store.row("Allocation", "1").get("Active"));

        b.now = start;
        Response r = b.run(req("Allocation", "Refresh"));
        assertEquals("Successfully activated 500 credits and deactivated 0 credits", r.message());
        assertEquals("True", b.store.row("Allocation", "1").get("Active"));
        TransactionRecord activate = last(b);
        assertEquals(List.of("Allocation", "Activate"), List.of(activate.object(), activate.action()));
        assertEquals(500.0, activate.delta());

        b.now = start + 100;
        assertEquals("Successfully activated 0 credits and deactivated 500 credits",
                b.run(req("Allocation", "Refresh")).message(), "the end second is outside the window");
        assertEquals(-500.0, last(b).delta());
        int entries = b.store.journal.size();
        b.run(req("Allocation", "Refresh"));
        assertEquals(entries, b.store.journal.size(), "nothing flips twice");
    }

    @Test
    void balanceRefreshesBeforeSumming() {
        MemoryBank b = MemoryBank.gettingStarted();
        b.run(req("Account", "Deposit", "Id", "2", "Amount", "70", "StartTime", String.valueOf(MemoryBank.NOW + 10)));
        assertEquals(0, b.run(req("Account", "Balance", "Project", "chemistry")).count());
        b.now = MemoryBank.NOW + 10;
        assertEquals(70, b.run(req("Account", "Balance", "Project", "chemistry")).count());
        assertEquals("Activate", last(b).action());
    }

    private static TransactionRecord last(MemoryBank b) {
        return b.store.bankEntries().get(b.store.bankEntries().size() - 1);
    }
}
