package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic worked examples (getting started, explicit accounts, multipliers and a guaranteed quote,
 * overdraft, inactive windows, hierarchy), each from its own fresh database.
 */
interface WorkedExamplesContract extends BankFixture {
    @Test
    default void gettingStartedWorkedExample() throws Exception {
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
        assertEquals(List.of(Arrays.asList("amy", "chemistry", "colony", null, null, "1")),
                g.rows("SELECT g_user, g_project, g_machine, g_account, g_delta, g_count FROM g_transaction"
                        + " WHERE g_object = 'Job' AND g_action = 'Quote'"), "the quote is journaled, with no account");
        assertEquals(57600.0, g.number("SELECT g_amount FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Quote'"));

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

    @Test
    default void explicitAccountsWorkedExample() throws Exception {
        BankGold g = explicitAccounts();
        assertEquals(84000000, g.ok(req("Account", "Balance", "User", "amy")).count(),
                "accounts 1 (current quarter only), 2 and 3; 4 denies amy");
        assertEquals(List.of(25000000L, 50000000L, 9000000L, 10000000L), List.of(
                g.ok(req("Account", "Balance", "User", "amy", "Id", "1")).count(),
                g.ok(req("Account", "Balance", "User", "amy", "Id", "2")).count(),
                g.ok(req("Account", "Balance", "User", "amy", "Id", "3")).count(),
                g.ok(req("Account", "Balance", "User", "amy", "Id", "3", "ShowAvailableCredit", "True")).count()),
                "per account: 1 (current quarter), 2, 3 and account 3's available credit before the reservation");
        assertEquals(List.of(List.of("1", "25000000", "0"), List.of("2", "25000000", "0"), List.of("3", "25000000", "0"),
                        List.of("4", "25000000", "0"), List.of("5", "50000000", "0"), List.of("6", "9000000", "1000000"),
                        List.of("7", "40000000", "0")),
                g.rows("SELECT g_id, CAST(g_amount AS INTEGER), CAST(g_credit_limit AS INTEGER) FROM g_allocation"
                        + " ORDER BY g_id"));
        assertEquals(0, g.ok(req("Account", "Balance", "User", "amy", "Id", "4")).count());
        assertEquals(59000000, g.ok(req("Account", "Balance", "User", "amy", "Project", "chemistry",
                "Machine", "colony")).count());
        assertEquals(60000000, g.ok(req("Account", "Balance", "User", "amy", "Project", "chemistry",
                "Machine", "colony", "ShowAvailableCredit", "True")).count());

        Response reserve = chemistryJob(g, "Reserve", "JobId", "PBS.1234.0", "Processors", "16", "WallDuration", "3600");
        assertEquals("Successfully reserved 57600 credits for job PBS.1234.0", reserve.message());
        assertEquals(List.of(List.of("6", "3")), g.rows("SELECT g_id, g_account FROM g_reservation_allocation"));
        assertEquals(58942400, g.ok(req("Account", "Balance", "User", "amy", "Project", "chemistry",
                "Machine", "colony")).count());
        assertEquals(8942400, g.ok(req("Account", "Balance", "Id", "3")).count());
        assertEquals(9942400, g.ok(req("Account", "Balance", "Id", "3", "ShowAvailableCredit", "True")).count());

        chemistryJob(g, "Charge", "JobId", "PBS.1234.0", "Processors", "16", "WallDuration", "1234");
        assertEquals(8980256.0, g.amount(6));
        assertEquals(58980256, g.ok(req("Account", "Balance", "User", "amy", "Project", "chemistry",
                "Machine", "colony")).count());
        g.ok(req("Job", "Refund", "JobId", "PBS.1234.0"));
        assertEquals(9000000.0, g.amount(6));
        assertEquals(9019744.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 3 AND g_delta > 0"));
        assertEquals(-19744.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 3 AND g_delta <= 0"));
        assertEquals(25000000.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 1"),
                "only the current quarter's deposit carries a delta");
    }

    @Test
    default void multipliersAndGuaranteedQuoteWorkedExample() throws Exception {
        BankGold g = explicitAccounts();
        g.ok(create("ChargeRate", "Type", "Resource", "Name", "Memory", "Rate", "0.001"));
        g.ok(create("ChargeRate", "Type", "QualityOfService", "Name", "BottomFeeder", "Rate", "0.5"));
        g.ok(create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
        long before = now();
        Response quote = g.call(job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony",
                "Processors", "16", "Memory", "2048", "WallDuration", "3600", "QualityOfService", "Premium")
                .option("Guarantee", "True"));
        assertEquals("Successfully quoted 129946 credits with quote id 1", quote.message());
        assertEquals("1", quote.data().get(0).get("Id"));
        assertEquals("1", quote.data().get(0).get("Job"));
        assertEquals(List.of(List.of("1", "Quote", "Premium", "16", "3600")),
                g.rows("SELECT g_id, g_stage, g_quality_of_service, g_processors, g_wall_duration FROM g_job"));
        assertEquals(129945.6, g.number("SELECT g_amount FROM g_quotation WHERE g_id = 1"));
        assertEquals("1", g.text("SELECT g_uses FROM g_quotation WHERE g_id = 1"));
        long span = Long.parseLong(g.text("SELECT g_end_time - g_start_time FROM g_quotation"));
        assertEquals(3600 + 604800, span);
        assertTrue(Long.parseLong(g.text("SELECT g_start_time FROM g_quotation")) >= before);
        assertEquals(List.of(List.of("QualityOfService", "Premium", "2.0"), List.of("Resource", "Memory", "0.001"),
                        List.of("Resource", "Processors", "1.0")),
                g.rows("SELECT g_type, g_name, g_rate FROM g_quotation_charge_rate ORDER BY g_type, g_name").stream()
                        .map(r -> List.of(r.get(0), r.get(1), String.valueOf(Double.parseDouble(r.get(2))))).toList(),
                "the quote keeps the rates it was priced with");

        Response reserve = g.call(job("Reserve", "JobId", "PBS.1234.0", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "16", "Memory", "2048", "WallDuration", "3600",
                "QualityOfService", "Premium", "QuoteId", "1"));
        assertEquals("Successfully reserved 129946 credits for job PBS.1234.0", reserve.message());
        assertEquals(List.of(List.of("1", "PBS.1234.0", "1", "Reserve")),
                g.rows("SELECT g_id, g_job_id, g_quote_id, g_stage FROM g_job"));
        assertEquals(129945.6, g.number("SELECT g_amount FROM g_reservation_allocation WHERE g_id = 6"));

        g.ok(Request.builder("ChargeRate", "Modify").where("Type", "Resource").where("Name", "Memory")
                .set("Rate", "0.002"));
        Response charge = g.call(job("Charge", "JobId", "PBS.1234.0", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "16", "Memory", "2048", "WallDuration", "1234",
                "QualityOfService", "Premium", "QuoteId", "1"));
        assertEquals("Successfully charged job PBS.1234.0 for 44542 credits\n1 reservations were removed",
                charge.message());
        assertEquals(8955457.536, g.amount(6));
        assertEquals("0", g.text("SELECT g_uses FROM g_quotation WHERE g_id = 1"));
        assertEquals("WallDuration=1234,QuoteId=1,QualityOfService=Premium,Processors=16,ItemizedCharges:=( ( 2048"
                        + " [Memory] * 0.001 [ChargeRate{Resource}{Memory}] ) + ( 16 [Processors] * 1"
                        + " [ChargeRate{Resource}{Processors}] ) ) * 1234 [WallDuration] * 2"
                        + " [ChargeRate{QualityOfService}{Premium}] = 44542.464",
                g.text("SELECT g_details FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Charge'"));

        Response refund = g.ok(req("Job", "Refund", "Id", "1", "Amount", "10000"));
        assertEquals("Successfully refunded 10000 credits for job PBS.1234.0", refund.message());
        assertEquals(8965457.536, g.amount(6));
        assertEquals(34542.464, g.number("SELECT g_charge FROM g_job WHERE g_id = 1"));
        assertEquals(9010000.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 3 AND g_delta > 0"));
        assertEquals(-44542.464, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 3 AND g_delta <= 0"));
    }

    @Test
    default void overdraftWorkedExample() throws Exception {
        BankGold g = explicitAccounts();
        Response reserve = chemistryJob(g, "Reserve", "JobId", "PBS.9998.0", "Processors", "1024", "WallDuration",
                "864000");
        assertEquals("784", reserve.code());
        assertEquals("Insufficient balance to reserve job", reserve.message());
        Response charge = chemistryJob(g, "Charge", "JobId", "PBS.9998.0", "Processors", "1024", "WallDuration",
                "864000");
        assertEquals("Successfully charged job PBS.9998.0 for 884736000 credits", charge.message());
        assertEquals(-825736000.0, g.amount(6));
        assertEquals(0.0, g.amount(5));
        assertEquals(List.of(List.of("6"), List.of("5"), List.of("6")),
                g.rows("SELECT g_allocation FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Charge' ORDER BY g_id"));
    }

    @Test
    default void inactiveWindowsWorkedExample() throws Exception {
        BankGold g = open();
        g.users("amy").machines("colony");
        g.project("chemistry", "", "amy");
        String start = "1104537600";
        String end = "1136073600";
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "360000000", "StartTime", start, "EndTime", end));
        assertEquals(List.of(List.of("False")), g.rows("SELECT g_active FROM g_allocation"));
        assertEquals(null, g.text("SELECT g_delta FROM g_transaction WHERE g_action = 'Deposit'"));
        assertEquals(0, g.ok(req("Account", "Balance", "Project", "chemistry")).count());
        long journal = g.nextTransaction();
        Response quote = chemistryJob(g, "Quote", "Processors", "16", "WallDuration", "3600");
        assertEquals(List.of("782", "Insufficient funds: There are no valid allocations to satisfy the quotation"),
                List.of(quote.code(), quote.message()));
        Response reserve = chemistryJob(g, "Reserve", "JobId", "PBS.1.0", "Processors", "16", "WallDuration", "3600");
        assertEquals(List.of("782", "Insufficient funds: There are no valid allocations against which to make the"
                + " reservation"), List.of(reserve.code(), reserve.message()));
        Response charge = chemistryJob(g, "Charge", "JobId", "PBS.1.0", "Processors", "16", "WallDuration", "3600");
        assertEquals(List.of("782", "Insufficient funds: There are no valid allocations against which to issue the"
                + " charge"), List.of(charge.code(), charge.message()));
        assertEquals(78, charge.exitStatus());
        Response refund = g.call(req("Job", "Refund", "JobId", "PBS.1.0"));
        assertEquals(List.of("740", "There are no jobs matching the specified job id"),
                List.of(refund.code(), refund.message()));
        assertEquals(journal, g.nextTransaction(), "failed requests journal nothing");
        assertEquals(0.0, g.number("SELECT COALESCE(SUM(g_delta), 0) FROM g_transaction WHERE g_account = 1"));
    }

    @Test
    default void hierarchyWorkedExample() throws Exception {
        BankGold g = open();
        g.users("amy", "bob").machines("colony");
        g.ok(create("Project", "Name", "physics").option("CreateAccount", "False"));
        for (int i = 1; i <= 12; i++) {
            String[] users = i == 11 ? new String[] {"amy"} : new String[] {"bob"};
            g.account("a" + i, new String[] {"ANY"}, users, new String[] {"ANY"});
        }
        g.ok(create("AccountAccount", "Account", "10", "Id", "11", "DepositShare", "60", "Overflow", "True"));
        g.ok(create("AccountAccount", "Account", "10", "Id", "12", "DepositShare", "40"));
        assertEquals("Successfully deposited 1000 credits into account 10",
                g.ok(req("Account", "Deposit", "Id", "10", "Amount", "1000")).message());
        assertEquals(List.of(List.of("11", "Deposit"), List.of("12", "Deposit")),
                g.rows("SELECT g_account, g_action FROM g_transaction WHERE g_object = 'Account' AND g_action = 'Deposit' ORDER BY g_id"));
        assertEquals(600.0, g.number("SELECT g_amount FROM g_allocation WHERE g_account = 11"));
        assertEquals(400.0, g.number("SELECT g_amount FROM g_allocation WHERE g_account = 12"));
        assertEquals("0", g.text("SELECT COUNT(*) FROM g_allocation WHERE g_account = 10"));
        assertEquals("StartTime:=0,EndTime:=2147483647,Ancestors:=:10:",
                g.text("SELECT g_details FROM g_transaction WHERE g_object = 'Account' AND g_account = 11"));
        g.ok(req("Account", "Deposit", "Id", "10", "Amount", "500", "CreditLimit", "1",
                "EndTime", String.valueOf(now() + 86400)));
        // a credit limit makes the deposit skip the shares: a parent allocation expiring tomorrow
        // amy reaches the parent only through the Overflow link of account 11
        assertEquals(1100, g.ok(req("Account", "Balance", "User", "amy")).count());
        assertEquals(600, g.ok(req("Account", "Balance", "User", "amy", "IgnoreAncestors", "True")).count());
        Response charge = g.call(job("Charge", "JobId", "J1", "UserId", "amy", "ProjectId", "physics",
                "MachineName", "colony", "Processors", "1", "WallDuration", "100"));
        assertEquals("000", charge.code(), charge.message());
        assertEquals(400.0, g.number("SELECT g_amount FROM g_allocation WHERE g_account = 10"),
                "the parent's earlier-expiring allocation is used first");
        // the parent's allocation 4 is older (lower id) than account 11's allocation 5 with the same EndTime
        String same = String.valueOf(now() + 2 * 86400);
        g.ok(req("Account", "Deposit", "Id", "10", "Amount", "300", "CreditLimit", "1", "EndTime", same));
        g.ok(req("Account", "Deposit", "Id", "11", "Amount", "100", "EndTime", same));
        assertEquals(List.of(List.of("1", "11"), List.of("2", "12"), List.of("3", "10"), List.of("4", "10"),
                        List.of("5", "11")),
                g.rows("SELECT g_id, g_account FROM g_allocation ORDER BY g_id"));
        long first = g.nextTransaction();
        g.ok(job("Charge", "JobId", "J2", "UserId", "amy", "ProjectId", "physics", "MachineName", "colony",
                "Processors", "451", "WallDuration", "1"));
        assertEquals(List.of(List.of("3"), List.of("5")), g.rows("SELECT g_allocation FROM g_transaction WHERE"
                + " g_object = 'Job' AND g_action = 'Charge' AND g_id >= " + first + " ORDER BY g_id"),
                "401 from the parent's earliest allocation, then account 11 before account 10 at the same EndTime");
        assertEquals(List.of(-1.0, 300.0, 50.0, 600.0), List.of(g.amount(3), g.amount(4), g.amount(5), g.amount(1)));
    }
}
