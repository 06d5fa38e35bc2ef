package gold.server.bank;

import gold.protocol.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static gold.server.bank.BankGold.job;
import static gold.server.bank.BankGold.req;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The worked examples of bank-semantics.md section 10 through GoldService (Request in, Response out),
 * each with its own fresh database; SQLite and PostgreSQL subclasses run the same tests.
 */
abstract class BankContract {
    @TempDir
    Path home;
    BankGold gold;

    abstract BankGold open(Path home, Map<String, String> conf) throws Exception;

    BankGold open() throws Exception {
        gold = open(home, Map.of());
        return gold;
    }

    @AfterEach
    void stop() {
        if (gold != null) {
            gold.close();
        }
    }

    /** 10.1 set-up: users, machines, projects with auto-generated accounts 1 and 2, members, deposits. */
    BankGold gettingStarted() throws Exception {
        BankGold g = open();
        g.users("amy", "bob", "dave").machines("colony", "blue");
        assertEquals("Successfully created 1 Project\nAuto-generated Account 1",
                g.project("biology", "", "amy", "bob").message());
        assertEquals("Successfully created 1 Project\nAuto-generated Account 2",
                g.project("chemistry", "", "amy", "bob", "dave").message());
        return g;
    }

    static Response chemistryJob(BankGold g, String action, String... more) {
        String[] base = {"ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return g.call(job(action, all));
    }

    @Test
    void gettingStartedWorkedExample() throws Exception {
        BankGold g = gettingStarted();
        assertEquals("Successfully deposited 360000000 credits into account 1",
                g.ok(req("Account", "Deposit", "Id", "1", "Amount", "360000000")).message());
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "360000000"));
        assertEquals(List.of(List.of("1", "True")), g.rows("SELECT g_account, g_active FROM g_allocation WHERE g_id = 1"));
        assertEquals(360000000.0, g.amount(1));
        assertEquals(360000000.0, g.number("SELECT g_deposited FROM g_allocation WHERE g_id = 2"));
        assertEquals(360000000.0, g.number("SELECT g_delta FROM g_transaction WHERE g_object = 'Account'"
                + " AND g_action = 'Deposit' AND g_account = 2"));
        assertEquals(720000000, g.ok(req("Account", "Balance", "User", "amy")).count());
        assertEquals("The account balance is 360000000 credits", g.ok(req("Account", "Balance", "User", "amy",
                "Project", "chemistry", "Machine", "colony")).message());

        Response quote = chemistryJob(g, "Quote", "Processors", "16", "WallDuration", "3600");
        assertEquals("Successfully quoted 57600 credits", quote.message(), quote.code());
        assertEquals(57600, quote.count());
        assertEquals("0", g.text("SELECT COUNT(*) FROM g_job"));

        Response reserve = chemistryJob(g, "Reserve", "JobId", "PBS.1234.0", "Processors", "16", "WallDuration", "3600");
        assertEquals("Successfully reserved 57600 credits for job PBS.1234.0", reserve.message());
        assertEquals(List.of(List.of("1", "2", "2")),
                g.rows("SELECT g_reservation, g_id, g_account FROM g_reservation_allocation"));
        assertEquals(57600.0, g.number("SELECT g_amount FROM g_reservation_allocation"));
        long window = Long.parseLong(g.text("SELECT g_end_time - g_start_time FROM g_reservation WHERE g_id = 1"));
        assertEquals(4200, window);
        assertEquals("Reserve", g.text("SELECT g_stage FROM g_job WHERE g_id = 1"));

        assertEquals(359942400, g.ok(req("Account", "Balance", "Project", "chemistry")).count());
        assertEquals(360000000.0, g.amount(2));

        long firstChargeId = g.nextTransaction();
        Response charge = chemistryJob(g, "Charge", "JobId", "PBS.1234.0", "Processors", "16", "WallDuration", "1234");
        assertEquals("Successfully charged job PBS.1234.0 for 19744 credits\n1 reservations were removed",
                charge.message());
        assertEquals(359980256.0, g.amount(2));
        assertEquals(List.of(List.of("Allocation", "Modify", "2"), List.of("Job", "Charge", "1"),
                        List.of("Reservation", "Delete", "PBS.1234.0"), List.of("ReservationAllocation", "Delete", "1"),
                        List.of("Job", "Modify", "1")),
                g.rows("SELECT g_object, g_action, g_name FROM g_transaction WHERE g_id >= " + firstChargeId
                        + " ORDER BY g_id"));
        assertEquals(List.of(List.of("PBS.1234.0", "PBS.1234.0", "amy", "chemistry", "colony", "2", "2")),
                g.rows("SELECT g_child, g_job_id, g_user, g_project, g_machine, g_account, g_allocation"
                        + " FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Charge'"));
        assertEquals(-19744.0, g.number("SELECT g_delta FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Charge'"));
        assertEquals(359980256, g.ok(req("Account", "Balance", "Project", "chemistry")).count());
        assertEquals(List.of(List.of("PBS.1234.0", "amy", "chemistry", "colony", "Charge", "16", "1234")),
                g.rows("SELECT g_job_id, g_user, g_project, g_machine, g_stage, g_processors, g_wall_duration FROM g_job"));
        assertEquals(19744.0, g.number("SELECT g_charge FROM g_job"));

        Response refund = g.ok(req("Job", "Refund", "JobId", "PBS.1234.0"));
        assertEquals("Successfully refunded 19744 credits for job PBS.1234.0", refund.message());
        assertEquals(360000000.0, g.amount(2));
        assertEquals(0.0, g.number("SELECT g_charge FROM g_job"));

        assertEquals(360019744.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 2 AND g_delta > 0"));
        assertEquals(-19744.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 2 AND g_delta <= 0"));
        assertEquals(19744.0, g.number("SELECT SUM(g_amount) FROM g_transaction WHERE g_object = 'Job'"
                + " AND g_action = 'Charge' AND g_project = 'chemistry' AND g_user = 'amy'"));
    }
}
