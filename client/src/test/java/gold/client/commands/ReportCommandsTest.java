package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.client.Harness;
import gold.protocol.Condition;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCommandsTest {
    private static final String NOW = "1795319537";

    /** Replies account 2 (chemistry) and the four balance queries; an empty debit sum replies no row. */
    private static Harness balances(String beginning, String credits, String debits, String ending) {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "2", "Name", "chemistry"));
        h.transport.rows(row("Allocation", "Amount", beginning));
        h.transport.rows(row("Transaction", "Delta", credits));
        if (debits.isEmpty()) {
            h.transport.rows();
        } else {
            h.transport.rows(row("Transaction", "Delta", debits));
        }
        h.transport.rows(row("Allocation", "Amount", ending));
        return h;
    }

    private static Harness statement(String... args) {
        Harness h = balances("0", "360019744", "-19744", "360000000");
        h.transport.rows(row("Transaction", "Object", "Account", "Action", "Deposit", "JobId", "", "Amount", "360000000",
                "Time", "1795319527"), row("Transaction", "Object", "Job", "Action", "Refund", "JobId", "PBS.1234.0",
                "Amount", "19744", "Time", "1795319534"));
        h.transport.rows(row("Transaction", "Object", "Job", "Action", "Charge", "JobId", "PBS.1234.0", "Project", "chemistry",
                "User", "amy", "Machine", "colony", "Amount", "-19744", "Time", "1795319533"));
        h.run("gstatement", args);
        return h;
    }

    @Test
    void gstatementPrintsTheObservedReport() {
        Harness h = statement("-p", "chemistry");
        assertEquals("""
                ################################################################################
                #
                # Statement for project chemistry
                # Includes account 2 (chemistry)
                # Generated on Sun Nov 22 03:52:17 2026.
                # Reporting account activity from -infinity to now.
                #
                ################################################################################

                Beginning Balance:                    0
                ------------------ --------------------
                Total Credits:                360019744
                Total Debits:                    -19744
                ------------------ --------------------
                Ending Balance:               360000000

                ############################### Credit Detail ##################################

                Object  Action  JobId      Amount    Time               \s
                ------- ------- ---------- --------- -------------------\s
                Account Deposit            360000000 2026-11-22 03:52:07\s
                Job     Refund  PBS.1234.0     19744 2026-11-22 03:52:14\s

                ############################### Debit Detail ###################################

                Object Action JobId      Project   User Machine Amount Time               \s
                ------ ------ ---------- --------- ---- ------- ------ -------------------\s
                Job    Charge PBS.1234.0 chemistry amy  colony  -19744 2026-11-22 03:52:13\s

                ############################### End of Report ##################################

                """, h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gstatementRequestsRestrictToTheAccountsAndThePeriod() {
        Harness h = statement("-p", "chemistry");
        Request lookup = h.transport.request(0);
        assertEquals(List.of(Option.of("Project", "chemistry"), Option.of("UseRules", "True")), lookup.options());
        Request beginning = h.transport.request(1);
        assertEquals(List.of(new Condition("And", "", "", "Account", "", "", "2"), Condition.of("Active", "", "True")),
                beginning.conditions());
        assertEquals(List.of(Option.of("Time", "0")), beginning.options());
        Request credits = h.transport.request(2);
        assertEquals(List.of(new Condition("And", "", "", "Account", "", "", "2"), Condition.of("Delta", "GT", "0"),
                Condition.of("CreationTime", "GE", "0"), Condition.of("CreationTime", "LT", NOW)), credits.conditions());
        assertEquals(List.of(Option.of("Time", NOW)), h.transport.request(4).options());
        assertEquals(List.of(Selection.of("Object"), Selection.of("Action"), Selection.of("JobId"),
                new Selection("", "Delta", "", "Amount"), new Selection("", "CreationTime", "Sort", "Time")),
                h.transport.request(5).selections());
    }

    @Test
    void gstatementSeveralAccountsFormOneOrGroupAndPositionalIsTheAccount() {
        assertEquals(List.of(new Condition("And", "+1", "", "Account", "", "", "1"),
                new Condition("Or", "", "", "Account", "", "", "2"), new Condition("Or", "-1", "", "Account", "", "", "3")),
                Gstatement.restriction(List.of(row("A", "Id", "1"), row("A", "Id", "2"), row("A", "Id", "3"))));
        Harness h = statement("2", "--summarize", "-h");
        assertEquals(List.of(Condition.of("Id", "", "2")), h.transport.request(0).conditions());
        assertEquals(List.of(Selection.of("Object", "GroupBy"), Selection.of("Action", "GroupBy"),
                new Selection("", "Delta", "Sum", "Amount")), h.transport.request(5).selections());
        String out = h.out();
        assertEquals(true, out.contains("# Statement for account 2 (chemistry)\n# Generated"), out);
        assertEquals(true, out.contains("Total Debits:                     -5.48\n"), out);
        assertEquals(true, out.contains("############################### Credit Summary #################################\n"), out);
        assertEquals(true, out.contains("############################### Debit Summary ##################################\n"), out);
    }

    @Test
    void gstatementWithoutAccountsOrWithAFailure() {
        Harness h = new Harness();
        h.transport.rows();
        h.run("gstatement", "-u", "nobody");
        assertEquals("No accounts were matched. An account statement cannot be produced.\n", h.out());
        assertEquals(74, h.status);
        Harness f = new Harness();
        f.transport.rows(row("Account", "Id", "2", "Name", "chemistry"));
        f.transport.failure("720", "Internal server error");
        f.run("gstatement");
        assertEquals(true, f.out().endsWith("Aborting account statement: Internal server error\n"), f.out());
        assertEquals(72, f.status);
    }

    @Test
    void gstatementWarnsAboutADiscrepancy() {
        Harness h = balances("0", "100", "", "90");
        h.transport.rows().rows();
        h.run("gstatement");
        assertEquals(true, h.out().contains("Ending Balance:    " + " ".repeat(18) + "90\n\nWarning: A discrepancy of"
                + "                   10 credits was detected\nbetween the logged transactions and the historical account"
                + " balances.\n\n####"), h.out());
    }

    @Test
    void gusagePrintsTheHeaderAndTheTable() {
        Harness h = new Harness();
        h.transport.rows(row("Transaction", "User", "amy", "Amount", "19744"));
        h.run("gusage", "chemistry", "-h");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("Object", "", "Job"), Condition.of("Action", "", "Charge"),
                Condition.of("Project", "", "chemistry"), Condition.of("CreationTime", "GE", "0"),
                Condition.of("CreationTime", "LT", NOW)), r.conditions());
        assertEquals(List.of(Selection.of("User", "GroupBy"), Selection.of("Amount", "Sum")), r.selections());
        assertEquals("""
                ################################################################################
                #
                # Usage Summary for project chemistry
                # Generated on Sun Nov 22 03:52:17 2026.
                # Reporting user charges from -infinity to now.
                #
                ################################################################################

                User Amount\s
                ---- ------\s
                amy    5.48\s
                """, h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gusageRejectsRawAndReportsFailures() {
        assertEquals(2, new Harness().run("gusage", "--raw", "chemistry").status);
        Harness h = new Harness();
        h.transport.reply(Response.failure("444", "amy is not authorized to perform this function (Transaction Query)"));
        h.run("gusage", "-p", "chemistry");
        assertEquals(true, h.out().endsWith("\n\nAborting account statement: amy is not authorized to perform this function"
                + " (Transaction Query)\n"), h.out());
        assertEquals(44, h.status);
    }

    @Test
    void gstatementJsonHasOneSchemaOfBalancesAndLines() {
        Harness h = statement("-p", "chemistry", "--format", "json");
        assertEquals("""
                [ {
                  "Section" : "Beginning Balance",
                  "Object" : "",
                  "Action" : "",
                  "JobId" : "",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : 0,
                  "Time" : ""
                }, {
                  "Section" : "Total Credits",
                  "Object" : "",
                  "Action" : "",
                  "JobId" : "",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : 360019744,
                  "Time" : ""
                }, {
                  "Section" : "Total Debits",
                  "Object" : "",
                  "Action" : "",
                  "JobId" : "",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : -19744,
                  "Time" : ""
                }, {
                  "Section" : "Ending Balance",
                  "Object" : "",
                  "Action" : "",
                  "JobId" : "",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : 360000000,
                  "Time" : ""
                }, {
                  "Section" : "Credit",
                  "Object" : "Account",
                  "Action" : "Deposit",
                  "JobId" : "",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : 360000000,
                  "Time" : "2026-11-22 03:52:07"
                }, {
                  "Section" : "Credit",
                  "Object" : "Job",
                  "Action" : "Refund",
                  "JobId" : "PBS.1234.0",
                  "Project" : "",
                  "User" : "",
                  "Machine" : "",
                  "Amount" : 19744,
                  "Time" : "2026-11-22 03:52:14"
                }, {
                  "Section" : "Debit",
                  "Object" : "Job",
                  "Action" : "Charge",
                  "JobId" : "PBS.1234.0",
                  "Project" : "chemistry",
                  "User" : "amy",
                  "Machine" : "colony",
                  "Amount" : -19744,
                  "Time" : "2026-11-22 03:52:13"
                } ]
                """, h.out());
        assertEquals("", h.err());
        assertEquals(0, h.status);
    }

    @Test
    void gstatementCsvInHoursWithADiscrepancyOnStderr() {
        Harness h = balances("0", "7200", "", "3600");
        h.transport.rows(row("Transaction", "Object", "Account", "Action", "Deposit", "Amount", "7200"));
        h.transport.rows();
        h.run("gstatement", "-a", "2", "--summarize", "-h", "--format", "csv");
        assertEquals("""
                Section,Object,Action,JobId,Project,User,Machine,Amount,Time
                Beginning Balance,,,,,,,0.00,
                Total Credits,,,,,,,2.00,
                Total Debits,,,,,,,0.00,
                Ending Balance,,,,,,,1.00,
                Credit,Account,Deposit,,,,,2.00,
                """, h.out());
        assertEquals("Warning: A discrepancy of                 3600 credits was detected\n"
                + "between the logged transactions and the historical account balances.\n", h.err());
        assertEquals(0, h.status);
    }

    @Test
    void gstatementRecordFormatsSendTheirMessagesToStderr() {
        Harness h = new Harness();
        h.transport.rows();
        h.run("gstatement", "-u", "nobody", "--format", "json");
        assertEquals("", h.out());
        assertEquals("No accounts were matched. An account statement cannot be produced.\n", h.err());
        assertEquals(74, h.status);
    }

    @Test
    void gusageJsonAndCsvHoldTheUsersAndTheirCharges() {
        Harness h = new Harness();
        h.transport.rows(row("Transaction", "User", "amy", "Amount", "19744"), row("Transaction", "User", "bob", "Amount", "7"));
        h.run("gusage", "chemistry", "--format", "json");
        assertEquals("""
                [ {
                  "User" : "amy",
                  "Amount" : 19744
                }, {
                  "User" : "bob",
                  "Amount" : 7
                } ]
                """, h.out());
        assertEquals(0, h.status);
        Harness c = new Harness();
        c.transport.rows(row("Transaction", "User", "amy", "Amount", "19744"));
        c.run("gusage", "chemistry", "-h", "--format", "csv");
        assertEquals("User,Amount\namy,5.48\n", c.out());
        Harness empty = new Harness();
        empty.transport.rows();
        empty.run("gusage", "chemistry", "--format", "csv");
        assertEquals("User,Amount\n", empty.out(), "the header stays when nothing was charged");
        Harness failed = new Harness();
        failed.transport.reply(Response.failure("444", "amy is not authorized to perform this function (Transaction Query)"));
        failed.run("gusage", "-p", "chemistry", "--format", "json");
        assertEquals("", failed.out());
        assertEquals("Aborting account statement: amy is not authorized to perform this function (Transaction Query)\n",
                failed.err());
        assertEquals(44, failed.status);
    }
}
