package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deposits, withdrawals, transfers, balances and allocation changes: their refusals with codes, shares,
 * windows, configuration and currency precision.
 */
interface AccountsContract extends BankFixture {
    @Test
    default void depositRefusesBadInputWithItsCodes() throws Exception {
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
        g.ok(create("AccountAccount", "Account", "1", "Id", "2", "DepositShare", "60"));
        fails("740", "Total deposit shares for an account cannot exceed 100% (110)",
                g.call(create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "50")));
        g.ok(create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "50")
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
    default void depositSharesSplitWithTheRemainderToTheLastChild() throws Exception {
        BankGold g = open();
        for (int i = 1; i <= 4; i++) {
            g.account("a" + i, new String[] {"ANY"}, new String[] {"ANY"}, new String[] {"ANY"});
        }
        g.ok(create("AccountAccount", "Account", "1", "Id", "2", "DepositShare", "33"));
        g.ok(create("AccountAccount", "Account", "1", "Id", "3", "DepositShare", "33"));
        g.ok(create("AccountAccount", "Account", "1", "Id", "4", "DepositShare", "34"));
        assertEquals("Successfully deposited 1001 credits into account 1",
                g.ok(req("Account", "Deposit", "Id", "1", "Amount", "1001")).message());
        assertEquals(List.of(List.of("2", "330"), List.of("3", "330"), List.of("4", "341")),
                g.rows("SELECT g_account, CAST(g_amount AS INTEGER) FROM g_allocation ORDER BY g_account"));
        assertEquals("Successfully deposited 0 credits into account 2",
                g.ok(req("Account", "Deposit", "Id", "2", "CreditLimit", "10000000000")).message());
    }

    @Test
    default void withdrawAndTransferRefuseWithTheirCodes() throws Exception {
        BankGold g = gettingStartedWithDeposit(1, 1000);
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
    default void balanceRefusesUnknownOrInactiveEntities() throws Exception {
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
    default void allocationGuardsRefuseDirectChanges() throws Exception {
        BankGold g = gettingStartedWithDeposit(1, 1000);
        fails("740", "Invoking Allocation Create directly is not allowed because it bypasses accounting. Use Account"
                + " Deposit instead.", g.call(create("Allocation", "Account", "1", "Amount", "5")));
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

    @Test
    default void configurationDrivesAutogenAndDefaults() throws Exception {
        BankGold g = open(Map.of("account.autogen", "false", "user.autogen", "True", "project.autogen", "true",
                "machine.default", "colony"));
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
    default void withdrawAndTransferFromANamedAllocationKeepItsWindow() throws Exception {
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
    default void transferDestinationActiveFollowsItsWindowAndLogsItsId() throws Exception {
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
    default void currencyPrecisionFormatsCountsAndMessages() throws Exception {
        BankGold g = open(Map.of("currency.precision", "2"));
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
