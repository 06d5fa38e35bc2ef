package gold.server.bank;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The job functions (quotes, reservations, charges, refunds): charge rates, refusals with codes and
 * nothing written, reservations that accumulate.
 */
interface JobFunctionsContract extends BankFixture {
    @Test
    default void chargeRatesComeFromTheCacheUntilAChargeRateChanges() throws Exception {
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
        g.ok(create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
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
    default void jobFunctionsRefuseBadJobDataWithTheirCodes() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000000);
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
        g.ok(create("ChargeRate", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"));
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

    List<String> NO_JOB_ROWS = List.of("g_job=0", "g_quotation=0", "g_quotation_charge_rate=0",
            "g_reservation=0", "g_reservation_allocation=0");

    /** 8.6 step 10 and 8.7 step 8.5: a quote or reservation that does not fit fails whole. */
    @Test
    default void quotesAndReservationsThatDoNotFitRollBackEverything() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
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
    default void jobFunctionsRefuseMalformedRequestsWithTheirCodes() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
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
        g.ok(create("Action", "Object", "Account", "Name", "Refresh"));
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
    default void jobFunctionsRefuseInactiveSpecialOrMissingProjectsAndMachines() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
        g.ok(create("Project", "Name", "secret").option("CreateAccount", "False"));
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
    default void refundRefusesWithItsCodes() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000000);
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
    default void refundOfAChargeOnAnInactiveAllocationNeedsAnAccount() throws Exception {
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
    default void reservationsAccumulateUntilChargedOrReplaced() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
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
}
