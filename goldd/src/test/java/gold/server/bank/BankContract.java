package gold.server.bank;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static gold.server.bank.BankGold.create;
import static gold.server.bank.BankGold.job;
import static gold.server.bank.BankGold.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic worked examples (getting started, explicit accounts, multipliers and a guaranteed
 * quote, overdraft, inactive windows, hierarchy) through GoldService (Request in, Response out),
 * each with its own fresh database; SQLite and PostgreSQL subclasses run the same tests.
 */
abstract class BankContract {
    @TempDir
    Path home;
    BankGold gold;

    abstract BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception;

    BankGold open(Path home, Map<String, String> conf) throws Exception {
        return open(home, conf, UnaryOperator.identity());
    }

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

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** 10.2 set-up: biology auto account 1 (four quarterly allocations 1-4), chemistry accounts 2, 3, 4. */
    BankGold explicitAccounts() throws Exception {
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

    @Test
    void explicitAccountsWorkedExample() throws Exception {
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
    void chargeRatesComeFromTheCacheUntilAChargeRateChanges() throws Exception {
        BankGold g = explicitAccounts();
        Request.Builder quote = job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony",
                "Processors", "2", "WallDuration", "100");
        assertEquals("Successfully quoted 200 credits", g.call(quote).message());
        // a change behind the server's back (no request, so no version bump) is not seen: the rates are cached
        g.execute("UPDATE g_charge_rate SET g_rate = 5 WHERE g_type = 'Resource' AND g_name = 'Processors'");
        assertEquals("Successfully quoted 200 credits", g.call(quote).message());
        // a ChargeRate request invalidates the cache of every worker
        g.ok(Request.builder("ChargeRate", "Modify").where("Type", "Resource").where("Name", "Processors")
                .set("Rate", "3"));
        assertEquals("Successfully quoted 600 credits", g.call(quote).message());
        g.ok(BankGold.create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
        assertEquals("Successfully quoted 1200 credits",
                g.call(job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony",
                        "Processors", "2", "WallDuration", "100", "QualityOfService", "Premium")).message());
        g.ok(Request.builder("ChargeRate", "Delete").where("Type", "QualityOfService").where("Name", "Premium"));
        // with no QualityOfService rate left at all the family is gone: no multiplier, no warning
        assertEquals("Successfully quoted 600 credits",
                g.call(job("Quote", "ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony",
                        "Processors", "2", "WallDuration", "100", "QualityOfService", "Premium")).message());
        Response charge = g.call(job("Charge", "JobId", "PBS.77", "ProjectId", "chemistry", "UserId", "amy",
                "MachineName", "colony", "Processors", "2", "WallDuration", "100"));
        assertEquals("Successfully charged job PBS.77 for 600 credits", charge.message());
    }

    @Test
    void multipliersAndGuaranteedQuoteWorkedExample() throws Exception {
        BankGold g = explicitAccounts();
        g.ok(BankGold.create("ChargeRate", "Type", "Resource", "Name", "Memory", "Rate", "0.001"));
        g.ok(BankGold.create("ChargeRate", "Type", "QualityOfService", "Name", "BottomFeeder", "Rate", "0.5"));
        g.ok(BankGold.create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
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
    void overdraftWorkedExample() throws Exception {
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
    void inactiveWindowsWorkedExample() throws Exception {
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
    void hierarchyWorkedExample() throws Exception {
        BankGold g = open();
        g.users("amy", "bob").machines("colony");
        g.ok(BankGold.create("Project", "Name", "physics").option("CreateAccount", "False"));
        for (int i = 1; i <= 12; i++) {
            String[] users = i == 11 ? new String[] {"amy"} : new String[] {"bob"};
            g.account("a" + i, new String[] {"ANY"}, users, new String[] {"ANY"});
        }
        g.ok(BankGold.create("AccountAccount", "Account", "10", "Id", "11", "DepositShare", "60", "Overflow", "True"));
        g.ok(BankGold.create("AccountAccount", "Account", "10", "Id", "12", "DepositShare", "40"));
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

    static void fails(String code, String message, Response r) {
        assertEquals(List.of(code, message), List.of(r.code(), r.message()));
        assertTrue(r.isFailure());
    }

    @Test
    void depositRefusesBadInputWithItsCodes() throws Exception {
        BankGold g = gettingStarted();
        long journal = g.nextTransaction();
        fails("740", "The deposit amount must be a number", g.call(req("Account", "Deposit", "Id", "1", "Amount", "-5")));
        fails("740", "The deposit amount must be a number", g.call(req("Account", "Deposit", "Id", "1", "Amount", "x")));
        fails("740", "The credit limit must be a number",
                g.call(req("Account", "Deposit", "Id", "1", "Amount", "5", "CreditLimit", "lots")));
        fails("740", "A credit limit cannot be specifed when an allocation is also specified",
                g.call(req("Account", "Deposit", "Id", "1", "Amount", "5", "CreditLimit", "5", "Allocation", "1")));
        fails("740", "Account id must be specified", g.call(req("Account", "Deposit", "Amount", "5")));
        fails("740", "The specified account id (99) does not exist.",
                g.call(req("Account", "Deposit", "Id", "99", "Amount", "5")));
        fails("740", "Cycle detected. The account for this deposit (1) has already been involved in an upstream"
                + " deposit. Aborting deposit.", g.call(req("Account", "Deposit", "Id", "1", "Amount", "5",
                "Ancestors", ":2::1:")));
        fails("740", "The specified allocation is not valid",
                g.call(req("Account", "Deposit", "Id", "1", "Amount", "5", "Allocation", "42")));
        assertEquals(journal, g.nextTransaction(), "refused deposits leave no trace");
        g.account("third", new String[] {"ANY"}, new String[] {"ANY"}, new String[] {"ANY"});
        g.ok(BankGold.create("AccountAccount", "Account", "1", "Id", "2", "DepositShare", "60"));
        fails("740", "Total deposit shares for an account cannot exceed 100% (110)",
                g.call(BankGold.create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "50")));
        g.ok(BankGold.create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "50")
                .action("Base::Create"));
        fails("740", "Deposit shares cannot exceed 100% (110)",
                g.call(req("Account", "Deposit", "Id", "1", "Amount", "5")));
        fails("740", "Deposit shares cannot be modified for multiple subaccounts simultaneously",
                g.call(Request.builder("AccountAccount", "Modify").where("Account", "1").set("DepositShare", "10")));
        fails("740", "Total deposit shares for an account cannot exceed 100% (101)",
                g.call(Request.builder("AccountAccount", "Modify").where("Account", "1").where("Id", "2")
                        .set("DepositShare", "51")));
    }

    @Test
    void depositSharesSplitWithTheRemainderToTheLastChild() throws Exception {
        BankGold g = open();
        for (int i = 1; i <= 4; i++) {
            g.account("a" + i, new String[] {"ANY"}, new String[] {"ANY"}, new String[] {"ANY"});
        }
        g.ok(BankGold.create("AccountAccount", "Account", "1", "Id", "2", "DepositShare", "33"));
        g.ok(BankGold.create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "33"));
        g.ok(BankGold.create("AccountAccount", "Account", "1", "Id", "4", "DepositShare", "34"));
        assertEquals("Successfully deposited 1001 credits into account 1",
                g.ok(req("Account", "Deposit", "Id", "1", "Amount", "1001")).message());
        assertEquals(List.of(List.of("2", "330"), List.of("3", "330"), List.of("4", "341")),
                g.rows("SELECT g_account, CAST(g_amount AS INTEGER) FROM g_allocation ORDER BY g_account"));
        assertEquals("Successfully deposited 0 credits into account 2",
                g.ok(req("Account", "Deposit", "Id", "2", "CreditLimit", "10000000000")).message());
    }

    @Test
    void withdrawAndTransferRefuseWithTheirCodes() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "1000"));
        fails("740", "Amount must be specified", g.call(req("Account", "Withdraw", "Id", "1")));
        fails("740", "Amount must be positive", g.call(req("Account", "Withdraw", "Id", "1", "Amount", "0")));
        fails("740", "The account id must be specified", g.call(req("Account", "Withdraw", "Amount", "5")));
        fails("740", "Invalid account id (9)", g.call(req("Account", "Withdraw", "Id", "9", "Amount", "5")));
        fails("782", "Insufficient funds: There are no valid allocations from which to withdraw",
                g.call(req("Account", "Withdraw", "Id", "2", "Amount", "5")));
        long journal = g.nextTransaction();
        Response tooMuch = g.call(req("Account", "Withdraw", "Id", "1", "Amount", "999999999"));
        fails("784", "Insufficient balance to perform requested withdrawal", tooMuch);
        assertEquals(78, tooMuch.exitStatus());
        assertEquals(journal, g.nextTransaction());
        assertEquals(1000.0, g.amount(1), "the refused withdrawal rolled back");
        assertEquals("Successfully withdrew 400 credits from account 1",
                g.ok(req("Account", "Withdraw", "Id", "1", "Amount", "400")).message());
        assertEquals(600.0, g.amount(1));

        fails("740", "Amount must be specified", g.call(req("Account", "Transfer", "FromId", "1", "ToId", "2")));
        fails("740", "Amount must be positive",
                g.call(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "-1")));
        fails("740", "The source account id (FromId) must be specified",
                g.call(req("Account", "Transfer", "ToId", "2", "Amount", "1")));
        fails("740", "The destination account id (ToId) must be specified",
                g.call(req("Account", "Transfer", "FromId", "1", "Amount", "1")));
        fails("740", "Invalid source account id (7)",
                g.call(req("Account", "Transfer", "FromId", "7", "ToId", "2", "Amount", "1")));
        fails("740", "Invalid destination account id (8)",
                g.call(req("Account", "Transfer", "FromId", "1", "ToId", "8", "Amount", "1")));
        fails("782", "Insufficient funds: There are no valid allocations from which to perform the transfer",
                g.call(req("Account", "Transfer", "FromId", "2", "ToId", "1", "Amount", "1")));
        fails("784", "Insufficient balance to perform requested transfer",
                g.call(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "601")));
        assertEquals("Successfully transferred 250 credits from account 1 to account 2",
                g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "250")).message());
        assertEquals(350.0, g.amount(1));
        assertEquals(250.0, g.number("SELECT g_amount FROM g_allocation WHERE g_account = 2"));
        assertEquals(List.of(List.of("1", "1", "1"), List.of("2", "2", "2")),
                g.rows("SELECT g_name, g_child, g_account FROM g_transaction WHERE g_action = 'Transfer' ORDER BY g_id"));
    }

    @Test
    void balanceRefusesUnknownOrInactiveEntities() throws Exception {
        BankGold g = gettingStarted();
        Response r = g.call(req("Account", "Balance", "User", "nosuchuser"));
        fails("740", "User nosuchuser does not exist", r);
        assertEquals(74, r.exitStatus());
        fails("740", "Machine nomachine does not exist", g.call(req("Account", "Balance", "Machine", "nomachine")));
        g.ok(Request.builder("Project", "Modify").where("Name", "biology").set("Active", "False"));
        fails("740", "Project biology is not active", g.call(req("Account", "Balance", "Project", "biology")));
        assertEquals("The account balance is 0.00 credits",
                g.ok(req("Account", "Balance", "Project", "chemistry", "ShowHours", "True")).message());
    }

    @Test
    void jobFunctionsRefuseBadJobDataWithTheirCodes() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000000"));
        fails("314", "Job data is required", g.call(Request.builder("Job", "Charge")));
        fails("710", "The Resource element is not supported",
                g.call(job("Charge", "JobId", "J", "Resource", "x")));
        fails("314", "Only one job may be specified", g.call(job("Charge", "JobId", "J")
                .data(new Row.Builder("Job").put("JobId", "K").build())));
        fails("314", "A job id must be specified for the charge", g.call(job("Charge", "UserId", "amy")));
        fails("314", "A job id must be specified for the reservation", g.call(job("Reserve", "UserId", "amy")));
        Response noUser = g.call(job("Charge", "JobId", "PBS.1.0", "ProjectId", "chemistry", "MachineName", "colony",
                "Processors", "16"));
        fails("314", "A user must be specified for the charge", noUser);
        assertEquals(31, noUser.exitStatus());
        fails("314", "A user must be specified for the quote", g.call(job("Quote", "ProjectId", "chemistry")));
        fails("740", "User zed does not exist", g.call(job("Charge", "JobId", "J", "UserId", "zed")));
        fails("314", "A project must be specified for the reservation\nor a default project must exist for the user",
                g.call(job("Reserve", "JobId", "J", "UserId", "amy")));
        fails("740", "Project nope does not exist", g.call(job("Reserve", "JobId", "J", "UserId", "amy",
                "ProjectId", "nope")));
        fails("314", "A machine must be specified for the charge", g.call(job("Charge", "JobId", "J",
                "UserId", "amy", "ProjectId", "chemistry")));
        fails("314", "A wall duration must be specified for the reservation", g.call(job("Quote",
                "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony")));
        fails("314", "The wall duration must be an integer number of seconds", g.call(job("Charge", "JobId", "J",
                "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony", "WallDuration", "1.5")));
        fails("740", "The charge amount cannot be negative", chemistryJob(g, "Charge", "JobId", "J",
                "WallDuration", "10", "Charge", "-5"));
        g.ok(Request.builder("User", "Modify").where("Name", "bob").set("Active", "False"));
        fails("740", "User bob is not active", g.call(job("Charge", "JobId", "J", "UserId", "bob")));
        g.ok(Request.builder("User", "Modify").where("Name", "dave").set("Special", "True"));
        fails("740", "User dave is special", g.call(job("Charge", "JobId", "J", "UserId", "dave")));
        g.ok(Request.builder("User", "Modify").where("Name", "amy").set("DefaultProject", "chemistry"));
        Response defaulted = g.call(job("Charge", "JobId", "J", "UserId", "amy", "MachineName", "colony",
                "Processors", "2", "WallDuration", "10"));
        assertEquals("Successfully charged job J for 20 credits", defaulted.message());
        g.ok(BankGold.create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
        Response warned = chemistryJob(g, "Quote", "Processors", "2", "WallDuration", "10", "QualityOfService", "Gold");
        assertEquals("Successfully quoted 20 credits\nWarning: ChargeRate for QualityOfService Gold is not defined",
                warned.message());
    }

    /** Rows of the tables a refused job function could have written. */
    static List<String> jobTables(BankGold g) throws Exception {
        List<String> out = new ArrayList<>();
        for (String t : List.of("g_job", "g_quotation", "g_quotation_charge_rate", "g_reservation",
                "g_reservation_allocation")) {
            out.add(t + "=" + g.text("SELECT COUNT(*) FROM " + t));
        }
        return out;
    }

    static final List<String> NO_JOB_ROWS = List.of("g_job=0", "g_quotation=0", "g_quotation_charge_rate=0",
            "g_reservation=0", "g_reservation_allocation=0");

    /** 8.6 step 10 and 8.7 step 8.5: a quote or reservation that does not fit fails whole. */
    @Test
    void quotesAndReservationsThatDoNotFitRollBackEverything() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        long journal = g.nextTransaction();
        Response quote = chemistryJob(g, "Quote", "Processors", "2", "WallDuration", "501");
        fails("784", "Insufficient balance to satisfy quotation", quote);
        assertEquals(78, quote.exitStatus());
        fails("784", "Insufficient balance to satisfy quotation", g.call(job("Quote", "ProjectId", "chemistry",
                "UserId", "amy", "MachineName", "colony", "Processors", "2", "WallDuration", "501")
                .option("Guarantee", "True")));
        fails("782", "Insufficient funds: There are no valid allocations to satisfy the quotation",
                g.call(job("Quote", "ProjectId", "biology", "UserId", "amy", "MachineName", "colony", "Processors", "2",
                        "WallDuration", "1").option("Guarantee", "True")));
        fails("784", "Insufficient balance to reserve job",
                chemistryJob(g, "Reserve", "JobId", "R1", "Processors", "2", "WallDuration", "501"));
        assertEquals(NO_JOB_ROWS, jobTables(g), "no Job, Quotation, Reservation or their parts remain");
        assertEquals(journal, g.nextTransaction(), "nothing journaled, no transaction id used");

        assertEquals("Successfully quoted 20 credits with quote id 1", g.ok(job("Quote", "ProjectId", "chemistry",
                "UserId", "amy", "MachineName", "colony", "Processors", "2", "WallDuration", "10")
                .option("Guarantee", "True")).message());
        long quoted = g.nextTransaction();
        fails("784", "Insufficient balance to reserve job", g.call(job("Reserve", "JobId", "R2", "ProjectId",
                "chemistry", "UserId", "amy", "MachineName", "colony", "Processors", "200", "WallDuration", "10",
                "QuoteId", "1")));
        assertEquals(List.of(Arrays.asList("1", null, "Quote", "2")),
                g.rows("SELECT g_id, g_job_id, g_stage, g_processors FROM g_job"), "the quoted job is not modified");
        assertEquals(List.of("g_job=1", "g_quotation=1", "g_quotation_charge_rate=1", "g_reservation=0",
                "g_reservation_allocation=0"), jobTables(g));
        assertEquals(quoted, g.nextTransaction());
        assertEquals(List.of(1000.0, 1000.0), List.of(g.amount(1), (double) g.ok(req("Account", "Balance", "Id",
                "2")).count()));
    }

    /**
     * The job data checks (docs/bank.md, Job data), and what reaches the client of the bank's internal 313/315 (docs/codes.md): the
     * metadata refuses a bank action on another object before the bank runs, Refresh of another object
     * is the generic engine's 315, a multi-object bank query is the generic join.
     */
    @Test
    void jobFunctionsRefuseMalformedRequestsWithTheirCodes() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        long journal = g.nextTransaction();
        for (String action : List.of("Quote", "Reserve", "Charge")) {
            fails("314", "At least one job must be specified", g.call(Request.builder("Job", action)
                    .data(new Row.Builder("Task").put("JobId", "J").build())));
            fails("740", "Multiple objects may only be specified in a Query", g.call(job(action, "JobId", "J",
                    "UserId", "amy", "ProjectId", "chemistry", "MachineName", "colony", "WallDuration", "1")
                    .object("Account")));
            fails("740", action + " is not a valid action for a Account object", g.call(Request.builder("Account", action)
                    .data(new Row.Builder("Job").put("JobId", "J").build())));
        }
        fails("740", "Refresh is not a valid action for a Account object", g.call(Request.builder("Account", "Refresh")));
        assertEquals(journal, g.nextTransaction());
        g.ok(BankGold.create("Action", "Object", "Account", "Name", "Refresh"));
        journal = g.nextTransaction();
        fails("315", "Account does not implement the Refresh action", g.call(Request.builder("Account", "Refresh")));
        fails("740", "Balance is not a valid action for a Allocation object",
                g.call(req("Allocation", "Balance", "Id", "1")));
        assertEquals(NO_JOB_ROWS, jobTables(g));
        assertEquals(journal, g.nextTransaction());
        Response joined = g.ok(Request.builder("Account", "Query").object("Allocation").option("User", "amy")
                .get(new Selection("Account", "Name", "", ""))
                .get(new Selection("Allocation", "Amount", "", ""))
                .where(new Condition("", "", "Account", "Id", "EQ", "Allocation", "Account")));
        assertEquals(List.of("chemistry 1000"), joined.data().stream().map(r -> r.get("Name") + " " + r.get("Amount"))
                .toList(), "a bank query over several objects is the generic join (the bank's 313 falls back)");
    }

    /** 6: projects and machines of job functions must exist, be active and not special. */
    @Test
    void jobFunctionsRefuseInactiveSpecialOrMissingProjectsAndMachines() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        g.ok(BankGold.create("Project", "Name", "secret").option("CreateAccount", "False"));
        g.ok(Request.builder("Project", "Modify").where("Name", "secret").set("Special", "True"));
        g.ok(Request.builder("Project", "Modify").where("Name", "biology").set("Active", "False"));
        g.machines("gpu");
        g.ok(Request.builder("Machine", "Modify").where("Name", "gpu").set("Special", "True"));
        g.ok(Request.builder("Machine", "Modify").where("Name", "blue").set("Active", "False"));
        long journal = g.nextTransaction();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("Project nope does not exist", new String[] {"nope", "colony"});
        cases.put("Project biology is not active", new String[] {"biology", "colony"});
        cases.put("Project secret is special", new String[] {"secret", "colony"});
        cases.put("Machine nomachine does not exist", new String[] {"chemistry", "nomachine"});
        cases.put("Machine blue is not active", new String[] {"chemistry", "blue"});
        cases.put("Machine gpu is special", new String[] {"chemistry", "gpu"});
        for (String action : List.of("Quote", "Reserve", "Charge")) {
            for (Map.Entry<String, String[]> c : cases.entrySet()) {
                Response r = g.call(job(action, "JobId", "J", "UserId", "amy", "ProjectId", c.getValue()[0],
                        "MachineName", c.getValue()[1], "Processors", "1", "WallDuration", "1"));
                fails("740", c.getKey(), r);
                assertEquals(74, r.exitStatus());
            }
        }
        assertEquals(NO_JOB_ROWS, jobTables(g));
        assertEquals(journal, g.nextTransaction());
        assertEquals(1000.0, g.amount(1));
    }

    @Test
    void refundRefusesWithItsCodes() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000000"));
        fails("740", "There are no jobs matching the specified job id", g.call(req("Job", "Refund", "JobId", "X")));
        chemistryJob(g, "Charge", "JobId", "J", "Processors", "1", "WallDuration", "100");
        chemistryJob(g, "Charge", "JobId", "J", "Processors", "2", "WallDuration", "100");
        fails("740", "There are multiple jobs matching the specified job id.\nPlease respecify using one of the"
                + " following gold job ids:\n\t1\t[J,amy,chemistry,colony,100]\n\t2\t[J,amy,chemistry,colony,200]\n",
                g.call(req("Job", "Refund", "JobId", "J")));
        fails("740", "Amount must be positive", g.call(req("Job", "Refund", "Id", "1", "Amount", "0")));
        fails("740", "Refund amount (101) cannot exceed job charge (100)",
                g.call(req("Job", "Refund", "Id", "1", "Amount", "101")));
        g.ok(req("Job", "Refund", "Id", "1"));
        fails("740", "There are no charges to refund", g.call(req("Job", "Refund", "Id", "1")));
        assertEquals("Successfully refunded 200 credits for job J",
                g.ok(req("Job", "Refund", "Id", "2", "Account", "1")).message());
        assertEquals(200.0, g.number("SELECT g_amount FROM g_allocation WHERE g_account = 1"),
                "refund into an account without allocation creates one");
        assertEquals(List.of(List.of("1")), g.rows("SELECT g_account FROM g_transaction WHERE g_action = 'Refund'"
                + " AND g_account = 1 AND g_allocation IS NULL"));
        assertEquals(200.0, g.number("SELECT g_delta FROM g_transaction WHERE g_action = 'Refund' AND g_account = 1"));
    }

    @Test
    void refundOfAChargeOnAnInactiveAllocationNeedsAnAccount() throws Exception {
        BankGold g = gettingStarted();
        long later = now() + 100000;
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000000", "StartTime", String.valueOf(later)));
        Response reserve = chemistryJob(g, "Reserve", "JobId", "J", "Processors", "1", "WallDuration", "100",
                "StartTime", String.valueOf(later + 10));
        assertEquals("Successfully reserved 100 credits for job J", reserve.message());
        Response charge = chemistryJob(g, "Charge", "JobId", "J", "Processors", "1", "WallDuration", "100");
        assertEquals("Successfully charged job J for 100 credits\n1 reservations were removed", charge.message());
        assertEquals(0.0, g.number("SELECT g_delta FROM g_transaction WHERE g_action = 'Charge'"),
                "a debit of an inactive allocation changes no active credits");
        fails("740", "The job charge data could not be found in the transaction logs.\nPlease respecify with the"
                + " account to refund into.", g.call(req("Job", "Refund", "JobId", "J")));
        assertEquals("Successfully refunded 100 credits for job J",
                g.ok(req("Job", "Refund", "JobId", "J", "Account", "2")).message());
    }

    @Test
    void allocationGuardsRefuseDirectChanges() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "1000"));
        fails("740", "Invoking Allocation Create directly is not allowed because it bypasses accounting. Use Account"
                + " Deposit instead.", g.call(BankGold.create("Allocation", "Account", "1", "Amount", "5")));
        fails("740", "The Amount cannot be modified directly because it bypasses accounting. Use Account Deposit or"
                + " Account Withdraw instead.", g.call(Request.builder("Allocation", "Modify").where("Id", "1")
                .set("Amount", "5")));
        fails("740", "The Active property cannot be modified directly. Modify the StartTime and/or EndTime instead.",
                g.call(Request.builder("Allocation", "Modify").where("Id", "1").set("Active", "False")));
        g.ok(Request.builder("Allocation", "Modify").where("Id", "1").set("StartTime", String.valueOf(now() + 5000)));
        assertEquals(List.of(List.of("Deactivate", "-1000.0")), g.rows("SELECT g_action, CAST(g_delta AS VARCHAR(30))"
                + " FROM g_transaction WHERE g_object = 'Allocation' AND g_action = 'Deactivate'").stream()
                .map(r -> List.of(r.get(0), r.get(1).startsWith("-1000") ? "-1000.0" : r.get(1))).toList());
        g.ok(Request.builder("Allocation", "Modify").where("Id", "1").set("StartTime", "0"));
        g.ok(Request.builder("Account", "Delete").where("Id", "1"));
        assertEquals(-1000.0, g.number("SELECT g_delta FROM g_transaction WHERE g_object = 'Allocation'"
                + " AND g_action = 'Delete' AND g_delta IS NOT NULL"));
        assertEquals("True", g.text("SELECT g_deleted FROM g_allocation WHERE g_id = 1"));
        assertEquals(0.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 1"),
                "deposit, deactivate, activate and delete balance out");
        g.ok(Request.builder("Account", "Undelete").where("Id", "1"));
        assertEquals("False", g.text("SELECT g_deleted FROM g_allocation WHERE g_id = 1"));
        assertEquals(1000.0, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_account = 1"));
    }

    static List<String> ids(Response r) {
        return r.data().stream().map(row -> row.get("Id")).sorted().toList();
    }

    @Test
    void accountQueryResolvesAccessListsWithUseRules() throws Exception {
        BankGold g = explicitAccounts();
        Response rules = g.ok(req("Account", "Query", "User", "amy", "UseRules", "True").get("Id").get("Name"));
        assertEquals(List.of("1", "2", "3"), ids(rules), "account 4 denies amy");
        assertEquals(3, rules.count());
        assertEquals(List.of("3", "4"), ids(g.ok(req("Account", "Query", "User", "amy").get("Id"))),
                "without UseRules only literal entries count");
        assertEquals(List.of("2"), ids(g.ok(req("Account", "Query", "Machine", "colony").get("Id"))));
        assertEquals(List.of("2", "3"), ids(g.ok(req("Account", "Query", "User", "amy", "Project", "chemistry",
                "UseRules", "True").get("Id"))));
        assertEquals(List.of("1"), ids(g.ok(req("Account", "Query", "Active", "False").get("Id"))),
                "only biology has allocations outside their window");
        fails("740", "User nobody does not exist", g.call(req("Account", "Query", "User", "nobody")));
        assertEquals(4, g.ok(Request.builder("Account", "Query")).count(), "no options: the generic query");
        g.ok(BankGold.create("AccountAccount", "Account", "4", "Id", "3", "Overflow", "True"));
        assertEquals(List.of("1", "2", "3", "4"), ids(g.ok(req("Account", "Query", "User", "amy", "UseRules", "True",
                "IncludeAncestors", "True").get("Id"))));
    }

    @Test
    void reservationQueryWithUseRulesListsTheHoldsOnTheUsersAccounts() throws Exception {
        BankGold g = explicitAccounts();
        chemistryJob(g, "Reserve", "JobId", "PBS.1.0", "Processors", "16", "WallDuration", "3600");
        g.ok(job("Reserve", "JobId", "PBS.2.0", "UserId", "bob", "ProjectId", "biology", "MachineName", "blue",
                "Processors", "1", "WallDuration", "60"));
        Response amy = g.ok(Request.builder("Reservation", "Query").where("User", "amy").option("UseRules", "True")
                .get("Id").get("Name"));
        assertEquals(List.of("1", "2"), ids(amy), "bob's hold on biology (amy is a member) reduces amy's balance too");
        assertEquals(List.of("1"), ids(g.ok(Request.builder("Reservation", "Query").where("User", "amy")
                .where("Project", "chemistry").option("UseRules", "True").get("Id"))));
        Response dave = g.ok(Request.builder("Reservation", "Query").where("User", "dave")
                .where("Machine", "blue").option("UseRules", "True").get("Id"));
        assertEquals(0, dave.count(), "no holds on dave's accounts: nothing, not everything (K12)");
        assertEquals(2, g.ok(Request.builder("Reservation", "Query").get("Id")).count());
    }

    @Test
    void overrideRoleLetsUsersSeeOnlyTheirOwnData() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        g.ok(Request.builder("RoleAction", "Delete").where("Role", "Anonymous").where("Object", "ANY")
                .where("Name", "Query"));
        g.ok(Request.builder("RoleAction", "Delete").where("Role", "Anonymous").where("Object", "Account")
                .where("Name", "Balance"));
        for (String object : List.of("Account", "Job", "Transaction", "Reservation")) {
            g.ok(BankGold.create("RoleAction", "Role", "OVERRIDE", "Object", object, "Name", "Query", "Instance", "ANY"));
        }
        assertEquals(1000, g.ok(req("Account", "Balance", "User", "amy").actor("amy")).count());
        fails("444", "amy is not authorized to obtain the Account Balance",
                g.call(req("Account", "Balance", "User", "bob").actor("amy")));
        fails("444", "amy is not authorized to Query the Accounts",
                g.call(req("Account", "Query", "User", "bob").actor("amy")));
        fails("444", "amy is not authorized to list the jobs",
                g.call(Request.builder("Job", "Query").where("User", "bob").actor("amy")));
        fails("444", "amy is not authorized to list the transactions",
                g.call(Request.builder("Transaction", "Query").actor("amy")));
        fails("444", "amy is not authorized to list the reservations",
                g.call(Request.builder("Reservation", "Query").actor("amy")));
        g.ok(Request.builder("Transaction", "Query").where("Actor", "amy").actor("amy"));
        g.ok(Request.builder("Job", "Query").where("User", "amy").actor("amy"));
        g.ok(Request.builder("ProjectUser", "Modify").where("Project", "chemistry").where("Name", "amy")
                .set("Admin", "True"));
        assertEquals(1000, g.ok(req("Account", "Balance", "Project", "chemistry").actor("amy")).count(),
                "a project administrator sees the project's balance");
    }

    /**
     * 8 threads, 320 random reserves and charges against three allocations of one account; half of the
     * charges consume one of the thread's earlier reservations. Every outcome is exact (success, or 784
     * for a reserve that does not fit); per job: one Job record, charged exactly once with exactly its
     * amount (Job.Charge and the journal), and its reservation gone once charged, still held otherwise;
     * the allocations lose exactly what was charged; each allocation's amount equals the sum of its
     * journaled deltas.
     */
    @Test
    void concurrentChargesAndReservationsKeepExactTotals() throws Exception {
        BankGold g = gettingStarted();
        long t = now();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000", "EndTime", String.valueOf(t + 100000)));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000", "EndTime", String.valueOf(t + 200000)));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, Integer> chargedJobs = new ConcurrentHashMap<>();
        Map<String, Integer> heldJobs = new ConcurrentHashMap<>();
        AtomicInteger refusedReserves = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int thread = th;
            futures.add(pool.submit(() -> {
                Random random = new Random(thread);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    String jobId = "J" + thread + "." + i;
                    int processors = 1 + random.nextInt(10);
                    boolean reserve = random.nextInt(3) == 0;
                    boolean consume = !reserve && !mine.isEmpty() && random.nextBoolean();
                    if (consume) {
                        jobId = mine.remove(random.nextInt(mine.size()));
                    }
                    Response r = chemistryJob(g, reserve ? "Reserve" : "Charge", "JobId", jobId, "Processors",
                            String.valueOf(processors), "WallDuration", "1");
                    if (r.code().equals("784") && reserve) {
                        refusedReserves.incrementAndGet();
                        continue;
                    }
                    if (!r.code().equals("000")) {
                        throw new AssertionError(jobId + ": " + r.code() + " " + r.message());
                    }
                    if (reserve) {
                        heldJobs.put(jobId, processors);
                        mine.add(jobId);
                    } else {
                        assertTrue(chargedJobs.putIfAbsent(jobId, processors) == null);
                        if (consume) {
                            heldJobs.remove(jobId);
                            consumed.incrementAndGet();
                            assertTrue(r.message().endsWith("\n1 reservations were removed"), r.message());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * perThread, chargedJobs.size() + heldJobs.size() + consumed.get() + refusedReserves.get(),
                "every operation is a charge, a live hold, a consumed hold or a refused reserve");
        assertTrue(consumed.get() > 20 && heldJobs.size() > 20, consumed + " consumed, " + heldJobs.size() + " held");
        Map<String, String> jobs = new HashMap<>();
        for (List<String> row : g.rows("SELECT g_job_id, g_stage, g_charge FROM g_job")) {
            assertTrue(jobs.put(row.get(0), row.get(1) + " " + Double.parseDouble(row.get(2))) == null,
                    "one Job record for " + row.get(0));
        }
        Map<String, Double> journaled = new HashMap<>();
        for (List<String> row : g.rows("SELECT g_job_id, g_delta FROM g_transaction WHERE g_object = 'Job'"
                + " AND g_action = 'Charge'")) {
            journaled.merge(row.get(0), -Double.parseDouble(row.get(1)), Double::sum);
        }
        Map<String, Double> held = new HashMap<>();
        for (List<String> row : g.rows("SELECT r.g_name, ra.g_amount FROM g_reservation r, g_reservation_allocation ra"
                + " WHERE ra.g_reservation = r.g_id AND r.g_deleted = 'False' AND ra.g_deleted = 'False'")) {
            held.merge(row.get(0), Double.parseDouble(row.get(1)), Double::sum);
        }
        Map<String, String> expectedJobs = new HashMap<>();
        Map<String, Double> expectedCharges = new HashMap<>();
        Map<String, Double> expectedHolds = new HashMap<>();
        chargedJobs.forEach((id, x) -> {
            expectedJobs.put(id, "Charge " + (double) x);
            expectedCharges.put(id, (double) x);
        });
        heldJobs.forEach((id, x) -> {
            expectedJobs.put(id, "Reserve 0.0");
            expectedHolds.put(id, (double) x);
        });
        assertEquals(expectedJobs, jobs, "stage and Job.Charge per job");
        assertEquals(expectedCharges, journaled, "each job charged exactly once, for its amount");
        assertEquals(expectedHolds, held, "charged jobs hold nothing, reserved ones exactly their reservation");
        double charged = chargedJobs.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(3000.0 - charged, g.number("SELECT SUM(g_amount) FROM g_allocation"));
        for (long allocation = 1; allocation <= 3; allocation++) {
            assertEquals(g.amount(allocation), g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_allocation = "
                    + allocation), "journal invariant for allocation " + allocation);
        }
        assertEquals(g.text("SELECT COUNT(*) FROM g_transaction"), g.text("SELECT COUNT(DISTINCT g_id) FROM g_transaction"));
    }

    /** 240 concurrent reservations of 10 against one allocation of 1000: exactly 100 fit, never more. */
    @Test
    void concurrentReservationsNeverOverbookAnAllocation() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < 8; th++) {
            int thread = th;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    Response r = chemistryJob(g, "Reserve", "JobId", "R" + thread + "." + i, "Processors", "10",
                            "WallDuration", "1");
                    switch (r.code()) {
                        case "000" -> placed.incrementAndGet();
                        case "784" -> refused.incrementAndGet();
                        default -> throw new AssertionError(r.code() + " " + r.message());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(List.of(100, 140), List.of(placed.get(), refused.get()));
        assertEquals(1000.0, g.number("SELECT SUM(g_amount) FROM g_reservation_allocation"));
        assertEquals(0, g.ok(req("Account", "Balance", "Id", "2")).count());
    }

    /**
     * Randomized model-based run: 6 concurrent clients x 520 random operations (deposit, withdraw,
     * transfer, reserve, charge with and without its reservation, refund, balance). Each client owns two
     * accounts and models them exactly (BankModelRun): every judged operation must succeed or be refused
     * as the model says and every Balance answer must match, while two shared accounts take the
     * contention and are checked by sums. Afterwards, per account: allocation amount, reserved amount
     * and Balance against the model; the journal invariant for every allocation (all active throughout):
     * Amount = sum of its journaled deltas; transaction ids stay dense.
     */
    @Test
    void randomizedConcurrentOperationsMatchAnIndependentModel() throws Exception {
        BankGold g = open();
        int threads = 6;
        int perThread = 520;
        g.machines("m");
        g.ok(BankGold.create("Project", "Name", "shared").option("CreateAccount", "False"));
        for (long a : BankModelRun.SHARED) {
            assertEquals(a, g.account("s" + a, new String[] {"shared"}, new String[] {"ANY"}, new String[] {"ANY"}));
            g.ok(req("Account", "Deposit", "Id", String.valueOf(a), "Amount", "5000"));
        }
        for (int t = 0; t < threads; t++) {
            g.users("u" + t);
            for (int k = 0; k < BankModelRun.OWNED; k++) {
                String project = BankModelRun.project(t, k);
                g.ok(BankGold.create("Project", "Name", project).option("CreateAccount", "False"));
                long id = g.account("a" + t + "_" + k, new String[] {project}, new String[] {"u" + t},
                        new String[] {"ANY"});
                assertEquals(BankModelRun.firstOwned(t) + k, id);
                g.ok(req("Account", "Deposit", "Id", String.valueOf(id), "Amount", "300"));
            }
        }
        BankModelRun.Shared model = new BankModelRun.Shared();
        List<BankModelRun> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            BankModelRun client = new BankModelRun(g, model, th, perThread);
            clients.add(client);
            futures.add(pool.submit(client));
        }
        for (Future<?> f : futures) {
            f.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * (long) perThread, model.operations.get());
        assertTrue(model.operations.get() >= 3000);
        assertTrue(model.judgedSuccesses.get() > 100 && model.judgedRefusals.get() > 20 && model.balanceChecks.get() > 100,
                "both verdicts exercised: " + model.judgedSuccesses + " / " + model.judgedRefusals);
        for (BankModelRun client : clients) {
            for (Map.Entry<Long, BankModelRun.Owned> e : client.owned.entrySet()) {
                long a = e.getKey();
                BankModelRun.Owned o = e.getValue();
                assertEquals(List.of("1", String.valueOf(o.amount)), List.of(
                        g.text("SELECT COUNT(*) FROM g_allocation WHERE g_account = " + a),
                        String.valueOf(g.number("SELECT g_amount FROM g_allocation WHERE g_account = " + a))),
                        "one allocation of account " + a + " and its amount");
                assertEquals(o.reserved, reservedOn(g, "= " + a), "reserved on account " + a);
                assertEquals((long) o.balance(), g.ok(req("Account", "Balance", "Id", String.valueOf(a))).count(),
                        "balance of account " + a);
            }
        }
        assertEquals(model.amount.sum(), g.number("SELECT SUM(g_amount) FROM g_allocation WHERE g_account IN (1, 2)"));
        assertEquals(model.reserved.sum(), reservedOn(g, "IN (1, 2)"));
        assertEquals((long) (model.amount.sum() - model.reserved.sum()),
                g.ok(req("Account", "Balance", "Id", "1")).count() + g.ok(req("Account", "Balance", "Id", "2")).count());
        assertEquals(model.jobCharges.sum(), g.number("SELECT COALESCE(SUM(g_charge), 0) FROM g_job"));
        for (List<String> row : g.rows("SELECT g_id, g_amount FROM g_allocation")) {
            assertEquals(Double.parseDouble(row.get(1)), g.number("SELECT COALESCE(SUM(g_delta), 0) FROM g_transaction"
                    + " WHERE g_allocation = " + row.get(0)), "journal invariant for allocation " + row.get(0));
        }
        assertEquals(g.text("SELECT COUNT(*) FROM g_transaction"),
                g.text("SELECT MAX(g_id) - MIN(g_id) + 1 FROM g_transaction"), "transaction ids are dense");
    }

    static double reservedOn(BankGold g, String accounts) throws Exception {
        return g.number("SELECT COALESCE(SUM(g_amount), 0) FROM g_reservation_allocation WHERE g_deleted = 'False'"
                + " AND g_account " + accounts);
    }

    List<List<String>> journalSince(BankGold g, long first) throws Exception {
        return g.rows("SELECT g_object, g_action, g_name, g_child FROM g_transaction WHERE g_id >= " + first
                + " ORDER BY g_id");
    }

    static List<String> step(String object, String action, String name, String child) {
        return Arrays.asList(object, action, name, child);
    }

    /** docs/bank.md, Journal entries; generic creates of AutoGen objects name no Id (the Name rule of docs/data-model.md, The Transaction journal). */
    @Test
    void eachBankActionWritesTheDocumentedJournalSequence() throws Exception {
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

    static void sleepUntil(long epochSecond) throws InterruptedException {
        while (now() < epochSecond) {
            Thread.sleep(100);
        }
    }

    /** 8.1 on the real clock: the half-open window's flips and the deltas they journal (K1). */
    @Test
    void allocationRefreshJournalsActivationAndDeactivationDeltas() throws Exception {
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
    void refreshFindsEveryStaleFlagWhateverIsStored() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100"));
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

    /**
     * Balance reads only the rows that can matter: with 12000 unrelated accounts (each with an
     * allocation, a hold and access rows naming other users and projects, machine ANY), the store's reads
     * of one Balance return a handful of rows and every answer is the one without them; a Balance of
     * everyone (past the store's whole-table threshold) counts them all.
     */
    private static final int OTHERS = 12000;

    @Test
    void balanceReadsOnlyTheRelatedAccounts() throws Exception {
        RowCounter counter = new RowCounter();
        gold = open(home, Map.of(), counter::wrap);
        BankGold g = gold;
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
        String series = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (OTHERS - 1) + ") ";
        String head = " (g_creation_time, g_modification_time, g_request_id, g_transaction_id, ";
        g.execute(series + "INSERT INTO g_account" + head + "g_id, g_name) SELECT 0, 0, 0, 0, 1000 + i, 'other' || i FROM n");
        g.execute(series + "INSERT INTO g_allocation" + head + "g_id, g_account, g_amount)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 1000 + i, 1000 FROM n");
        g.execute(series + "INSERT INTO g_reservation_allocation" + head + "g_reservation, g_id, g_account, g_amount)"
                + " SELECT 0, 0, 0, 0, 1, 100000 + i, 1000 + i, 1 FROM n");
        for (String[] access : List.of(new String[] {"g_account_user", "'user' || (i % 7)"},
                new String[] {"g_account_project", "'project' || i"}, new String[] {"g_account_machine", "'ANY'"})) {
            g.execute(series + "INSERT INTO " + access[0] + head + "g_account, g_name) SELECT 0, 0, 0, 0, 1000 + i, "
                    + access[1] + " FROM n");
        }
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
    private static final int UNRELATED = 20000;

    /**
     * Quote, Reserve, Charge and Refund answer the same with 20,000 unrelated accounts (each with an
     * allocation and access entries), reservations with holds, jobs and journal rows seeded in SQL, and
     * read fewer than a fixed small number of rows (counted at the store, as for Balance).
     */
    @Test
    void jobFunctionsReadOnlyTheRelatedAccounts() throws Exception {
        RowCounter counter = new RowCounter();
        gold = open(home, Map.of(), counter::wrap);
        BankGold g = gold;
        g.users("amy", "bob").machines("colony");
        g.project("biology", "", "amy", "bob");
        g.project("chemistry", "", "amy", "bob");
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "250"));
        g.ok(create("Account", "Name", "parent"));
        g.ok(create("AccountAccount", "Account", "3", "Id", "2", "Overflow", "True"));
        g.ok(req("Account", "Deposit", "Id", "3", "Amount", "7"));
        List<String> before = jobRound(g, "1", counter, Long.MAX_VALUE);
        String series = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (UNRELATED - 1) + ") ";
        String head = " (g_creation_time, g_modification_time, g_request_id, g_transaction_id, ";
        g.execute(series + "INSERT INTO g_account" + head + "g_id, g_name) SELECT 0, 0, 0, 0, 1000 + i, 'other' || i FROM n");
        g.execute(series + "INSERT INTO g_allocation" + head + "g_id, g_account, g_amount)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 1000 + i, 1000 FROM n");
        g.execute(series + "INSERT INTO g_reservation" + head + "g_id, g_name, g_job, g_user, g_project, g_machine,"
                + " g_start_time, g_end_time) SELECT 0, 0, 0, 0, 100000 + i, 'job' || i, 'x', 'user' || (i % 7),"
                + " 'project' || i, 'colony', 0, 2147483647 FROM n");
        g.execute(series + "INSERT INTO g_reservation_allocation" + head + "g_reservation, g_id, g_account, g_amount)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 100000 + i, 1000 + i, 1 FROM n");
        g.execute(series + "INSERT INTO g_job" + head + "g_id, g_job_id, g_user, g_project, g_machine, g_stage, g_charge)"
                + " SELECT 0, 0, 0, 0, 100000 + i, 'job' || i, 'user' || (i % 7), 'project' || i, 'colony', 'Charge', 1 FROM n");
        g.execute(series + "INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_creation_time,"
                + " g_modification_time, g_request_id, g_transaction_id, g_account, g_allocation, g_delta, g_amount)"
                + " SELECT 1000000 + i, 'Job', 'Charge', 'gold', CAST(100000 + i AS varchar(20)), 'job' || i, 0, 0, 0, 0,"
                + " 1000 + i, 100000 + i, -1, 1 FROM n");
        for (String[] access : List.of(new String[] {"g_account_user", "'user' || (i % 7)"},
                new String[] {"g_account_project", "'project' || i"}, new String[] {"g_account_machine", "'ANY'"})) {
            g.execute(series + "INSERT INTO " + access[0] + head + "g_account, g_name) SELECT 0, 0, 0, 0, 1000 + i, "
                    + access[1] + " FROM n");
        }
        List<String> after = jobRound(g, "2", counter, 80);
        assertEquals(before.stream().map(m -> m.replace("PBS.1", "PBS.2")).toList(), after);
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

    @Test
    void configurationDrivesAutogenAndDefaults() throws Exception {
        gold = open(home, Map.of("account.autogen", "false", "user.autogen", "True", "project.autogen", "true",
                "machine.default", "colony"));
        BankGold g = gold;
        g.machines("colony");
        assertEquals("Successfully created 1 Project", g.project("chemistry", "").message());
        assertEquals("Successfully created 1 Project\nAuto-generated Account 1", g.project("physics", "True").message());
        assertEquals(2, g.account("open", new String[] {"ANY"}, new String[] {"ANY"}, new String[] {"ANY"}));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        Response charge = g.call(job("Charge", "JobId", "J1", "UserId", "newbie", "ProjectId", "newproject",
                "Processors", "3", "WallDuration", "10"));
        assertEquals("Successfully charged job J1 for 30 credits", charge.message());
        assertEquals("Auto-Generated", g.text("SELECT g_description FROM g_user WHERE g_name = 'newbie'"));
        assertEquals("1", g.text("SELECT COUNT(*) FROM g_project WHERE g_name = 'newproject'"));
        assertEquals("2", g.text("SELECT COUNT(*) FROM g_account"), "job-function autogen creates no account");
        assertEquals("colony", g.text("SELECT g_machine FROM g_job WHERE g_job_id = 'J1'"));
    }

    @Test
    void reservationsAccumulateUntilChargedOrReplaced() throws Exception {
        BankGold g = gettingStarted();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        chemistryJob(g, "Reserve", "JobId", "R", "Processors", "1", "WallDuration", "100");
        chemistryJob(g, "Reserve", "JobId", "R", "Processors", "2", "WallDuration", "100");
        assertEquals(700, g.ok(req("Account", "Balance", "Id", "2")).count());
        Response replaced = g.call(job("Reserve", "JobId", "R", "UserId", "amy", "ProjectId", "chemistry",
                "MachineName", "colony", "Processors", "4", "WallDuration", "100").option("Replace", "True"));
        assertEquals("Successfully reserved 400 credits for job R\n2 reservations were removed", replaced.message());
        assertEquals(600, g.ok(req("Account", "Balance", "Id", "2")).count());
        chemistryJob(g, "Reserve", "JobId", "R", "Processors", "1", "WallDuration", "100");
        Response charge = g.call(job("Charge", "JobId", "R", "UserId", "amy", "ProjectId", "chemistry",
                "MachineName", "colony", "WallDuration", "50", "Charge", "123.5")
                .option("ItemizedCharges", "site formula"));
        assertEquals("Successfully charged job R for 124 credits\n2 reservations were removed", charge.message());
        assertEquals(876.5, g.amount(1));
        assertEquals("WallDuration=50,ItemizedCharges:=site formula",
                g.text("SELECT g_details FROM g_transaction WHERE g_action = 'Charge'"));
        assertEquals(1000 - 123.5, g.number("SELECT g_amount FROM g_allocation WHERE g_id = 1"));
        assertEquals("The account balance is 0.24 credits",
                g.ok(req("Account", "Balance", "Id", "2", "ShowHours", "False")).message(), "ShowHours with any value (K14)");
    }

    @Test
    void withdrawAndTransferFromANamedAllocationKeepItsWindow() throws Exception {
        BankGold g = gettingStarted();
        long end = now() + 50000;
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "500", "EndTime", String.valueOf(end)));
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "700"));
        assertEquals("Successfully withdrew 100 credits from account 1",
                g.ok(req("Account", "Withdraw", "Id", "1", "Amount", "100", "Allocation", "2")).message());
        assertEquals(List.of(500.0, 600.0), List.of(g.amount(1), g.amount(2)));
        g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "550"));
        assertEquals(List.of(0.0, 550.0), List.of(g.amount(1), g.amount(2)), "earliest-expiring first");
        assertEquals(List.of(List.of(String.valueOf(end), "500.0"), List.of("2147483647", "50.0")),
                g.rows("SELECT g_end_time, g_amount FROM g_allocation WHERE g_account = 2 ORDER BY g_end_time").stream()
                        .map(r -> List.of(r.get(0), String.valueOf(Double.parseDouble(r.get(1))))).toList(),
                "credits keep the expiry of the allocation they came from");
    }

    /** K6: the destination of a transfer is active only if its window contains now; Child is its real id. */
    @Test
    void transferDestinationActiveFollowsItsWindowAndLogsItsId() throws Exception {
        BankGold g = gettingStarted();
        String later = String.valueOf(now() + 100000);
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "500", "StartTime", later));
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "800"));
        assertEquals("Successfully transferred 200 credits from account 1 to account 2",
                g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "200", "Allocation", "1")).message());
        g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "50", "Allocation", "1"));
        g.ok(req("Account", "Transfer", "FromId", "1", "ToId", "2", "Amount", "30"));
        assertEquals(List.of(List.of("1", "1", later, "250", "False"), List.of("2", "1", "0", "770", "True"),
                        List.of("3", "2", later, "250", "False"), List.of("4", "2", "0", "30", "True")),
                g.rows("SELECT g_id, g_account, g_start_time, CAST(g_amount AS INTEGER), g_active FROM g_allocation"
                        + " ORDER BY g_id"), "the future window stays inactive at its destination");
        assertEquals(List.of(Arrays.asList("1", "1", null), Arrays.asList("2", "3", null),
                        Arrays.asList("1", "1", null), Arrays.asList("2", "3", null),
                        List.of("1", "2", "-30"), List.of("2", "4", "30")),
                g.rows("SELECT g_name, g_child, CAST(g_delta AS INTEGER) FROM g_transaction WHERE g_action = 'Transfer'"
                        + " ORDER BY g_id"), "inactive windows journal no delta; an existing destination logs its id");
        long journal = g.nextTransaction();
        g.ok(req("Allocation", "Refresh"));
        assertEquals(journal, g.nextTransaction(), "no spurious Deactivate of the new destination");
        assertEquals(30, g.ok(req("Account", "Balance", "Id", "2")).count());
    }

    @Test
    void currencyPrecisionFormatsCountsAndMessages() throws Exception {
        gold = open(home, Map.of("currency.precision", "2"));
        BankGold g = gold;
        g.users("amy").machines("colony");
        g.project("chemistry", "", "amy");
        Response deposit = g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100.125"));
        assertEquals("Successfully deposited 100.12 credits into account 1", deposit.message(),
                "100.125 is exact in binary: the tie rounds to even like C printf");
        assertEquals(100, deposit.count());
        assertEquals(100.125, g.amount(1), "stored amounts are never rounded");
        Response quote = chemistryJob(g, "Quote", "Processors", "3", "WallDuration", "7");
        assertEquals("Successfully quoted 21.00 credits", quote.message());
        assertEquals("The account balance is 100.12 credits",
                g.ok(req("Account", "Balance", "Id", "1")).message());
    }
}
