package gold.server.bank;

import gold.protocol.Response;
import gold.server.engine.TransactionRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked example 10.1 (getting started) over the in-memory store: the recorded numbers and messages. */
class GettingStartedMemoryTest {

    @Test
    void gettingStartedReproducesTheRecordedNumbers() {
        MemoryBank b = MemoryBank.gettingStarted();
        assertEquals("Successfully deposited 360000000 credits into account 1",
                b.run(req("Account", "Deposit", "Id", "1", "Amount", "360000000")).message());
        assertEquals("Successfully deposited 360000000 credits into account 2",
                b.run(req("Account", "Deposit", "Id", "2", "Amount", "360000000")).message());
        assertEquals(360000000.0, b.amount(1));
        assertEquals("360000000", b.store.row("Allocation", "2").get("Deposited"));

        assertEquals(720000000, b.run(req("Account", "Balance", "User", "amy")).count());
        assertEquals(360000000, b.run(req("Account", "Balance", "User", "amy", "Project", "chemistry",
                "Machine", "colony")).count());

        Response quote = b.run(job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony",
                "Processors", "16", "WallDuration", "3600"));
        assertEquals("Successfully quoted 57600 credits", quote.message());
        assertTrue(b.store.rows("Job").isEmpty(), "a plain quote creates no job");

        Response reserve = b.run(job("Reserve", "JobId", "PBS.1234.0", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "16", "WallDuration", "3600"));
        assertEquals("Successfully reserved 57600 credits for job PBS.1234.0", reserve.message());
        Map<String, String> reservation = b.store.row("Reservation", "1");
        assertEquals(String.valueOf(MemoryBank.NOW + 4200), reservation.get("EndTime"));
        Map<String, String> hold = b.store.rows("ReservationAllocation").get(0);
        assertEquals(List.of("1", "2", "2", "57600"), List.of(hold.get("Reservation"), hold.get("Id"),
                hold.get("Account"), hold.get("Amount")));
        assertEquals("Reserve", b.store.row("Job", "1").get("Stage"));

        assertEquals(359942400, b.run(req("Account", "Balance", "Project", "chemistry")).count());
        assertEquals(360000000.0, b.amount(2));

        Response charge = b.run(job("Charge", "JobId", "PBS.1234.0", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "16", "WallDuration", "1234"));
        assertEquals("Successfully charged job PBS.1234.0 for 19744 credits\n1 reservations were removed",
                charge.message());
        assertEquals(359980256.0, b.amount(2));
        assertEquals(359980256, b.run(req("Account", "Balance", "Project", "chemistry")).count());
        Map<String, String> job = b.store.row("Job", "1");
        assertEquals("Charge", job.get("Stage"));
        assertEquals(19744.0, Double.parseDouble(job.get("Charge")));
        assertEquals("16", job.get("Processors"));
        assertEquals("1234", job.get("WallDuration"));

        Response refund = b.run(req("Job", "Refund", "JobId", "PBS.1234.0"));
        assertEquals("Successfully refunded 19744 credits for job PBS.1234.0", refund.message());
        assertEquals(360000000.0, b.amount(2));
        assertEquals(0.0, Double.parseDouble(b.store.row("Job", "1").get("Charge")));

        double credits = 0;
        double debits = 0;
        for (TransactionRecord r : b.store.journal) {
            if (r.account() != null && r.account() == 2 && r.delta() != null) {
                if (r.delta() > 0) {
                    credits += r.delta();
                } else {
                    debits += r.delta();
                }
            }
        }
        assertEquals(360019744.0, credits);
        assertEquals(-19744.0, debits);
    }

    @Test
    void chargeJournalsTheDebitWithItsJobFields() {
        MemoryBank b = MemoryBank.gettingStarted();
        b.run(req("Account", "Deposit", "Id", "2", "Amount", "360000000"));
        b.run(job("Charge", "JobId", "PBS.1234.0", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "16", "WallDuration", "1234"));
        TransactionRecord charge = b.store.journal.stream().filter(r -> r.action().equals("Charge")).findFirst().orElseThrow();
        assertEquals(List.of("1"), charge.names());
        assertEquals(List.of("PBS.1234.0"), charge.children());
        assertEquals(List.of("PBS.1234.0"), charge.jobIds());
        assertEquals(List.of("amy"), charge.users());
        assertEquals(List.of("chemistry"), charge.projects());
        assertEquals(19744.0, charge.amount());
        assertEquals(-19744.0, charge.delta());
        assertEquals(2L, charge.account());
        assertEquals(1L, charge.allocation(), "the only allocation, of account 2");
        assertEquals(List.of("WallDuration=1234", "Processors=16",
                "ItemizedCharges:=( ( 16 [Processors] * 1 [ChargeRate{Resource}{Processors}] ) ) * 1234 [WallDuration] = 19744"),
                charge.details());
    }
}
