package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.client.Harness;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCommandsTest {
    private static final String NOW = "1795319537";

    @Test
    void gbalanceTotalSendsAccountBalanceAndKeepsTheServerAmountUndivided() {
        Harness h = new Harness();
        h.transport.success("The account balance is 100000.00 credits", row("Balance", "Balance", "100000.00"));
        h.run("gbalance", "-u", "amy", "-p", "chemistry", "--total", "-h");
        Request r = h.transport.request(0);
        assertEquals("Balance", r.action());
        assertEquals(List.of(Option.of("Project", "chemistry"), Option.of("User", "amy"), Option.of("ShowHours", "True")),
                r.options());
        assertEquals("Balance \n------- \n 100000 \nThe account balance is 100000.00 credits\n", h.out());
    }

    @Test
    void gbalanceTotalQuietPrintsOnlyTheValue() {
        Harness h = new Harness();
        h.transport.success("The account balance is 359942400 credits", row("Balance", "Balance", "359942400"));
        h.run("gbalance", "-p", "chemistry", "--total", "--quiet", "--available");
        assertEquals(List.of(Option.of("Project", "chemistry"), Option.of("ShowAvailableCredit", "True")),
                h.transport.request(0).options());
        assertEquals("359942400 \n", h.out());
    }

    @Test
    void gbalanceUnknownUserFails() {
        Harness.assertPrintsFailure("740", "User nosuch does not exist", "gbalance", "-u", "nosuch", "--total");
    }

    private static Harness balances(String... args) {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1", "Name", "biology"), row("Account", "Id", "2", "Name", "chemistry"));
        h.transport.rows(row("Allocation", "Account", "1", "Amount", "360000000", "CreditLimit", "0", "Deposited", "360000000"),
                row("Allocation", "Account", "2", "Amount", "360000000", "CreditLimit", "0", "Deposited", "360000000"));
        h.transport.rows(row("ReservationAllocation", "Account", "2", "Amount", "57600"));
        h.run("gbalance", args);
        return h;
    }

    @Test
    void gbalanceDetailMergesAccountsAllocationsAndReservations() {
        Harness h = balances("-u", "amy");
        Request accounts = h.transport.request(0);
        assertEquals(List.of(Option.of("UseRules", "True"), Option.of("IncludeAncestors", "True"), Option.of("User", "amy")),
                accounts.options());
        assertEquals(List.of(Selection.of("Id"), Selection.of("Id"), Selection.of("Name")), accounts.selections());
        Request sums = h.transport.request(1);
        assertEquals(List.of(Condition.of("StartTime", "LE", NOW), Condition.of("EndTime", "GT", NOW),
                Condition.of("CallType", "", "Normal")), sums.conditions());
        assertEquals(List.of(Selection.of("Account", "GroupBy"), Selection.of("Amount", "Sum"),
                Selection.of("CreditLimit", "Sum"), Selection.of("Deposited", "Sum")), sums.selections());
        Request held = h.transport.request(2);
        assertEquals(List.of(ObjectRef.of("Reservation"), ObjectRef.of("ReservationAllocation")), held.objects());
        assertEquals(List.of(new Condition("", "", "Reservation", "Id", "", "ReservationAllocation", "Reservation"),
                new Condition("", "", "Reservation", "StartTime", "LE", "", NOW),
                new Condition("", "", "Reservation", "EndTime", "GT", "", NOW)), held.conditions());
        assertEquals(List.of(new Selection("ReservationAllocation", "Account", "GroupBy", ""),
                new Selection("ReservationAllocation", "Amount", "Sum", "")), held.selections());
        assertEquals("""
                Id Name      Amount    Reserved Balance   CreditLimit Available\s
                -- --------- --------- -------- --------- ----------- ---------\s
                1  biology   360000000        0 360000000           0 360000000\s
                2  chemistry 360000000    57600 359942400           0 359942400\s
                """, h.out());
    }

    @Test
    void gbalanceHoursAndRaw() {
        assertEquals("""
                Id Name      Amount    Reserved Balance   CreditLimit Available\s
                -- --------- --------- -------- --------- ----------- ---------\s
                1  biology   100000.00     0.00 100000.00        0.00 100000.00\s
                2  chemistry 100000.00    16.00  99984.00        0.00  99984.00\s
                """, balances("-u", "amy", "-h").out());
        assertEquals("Id|Name|Amount|Reserved|Balance|CreditLimit|Available\n1|biology|360000000|0|360000000|0|360000000\n"
                + "2|chemistry|360000000|57600|359942400|0|359942400\n", balances("-u", "amy", "--raw").out());
    }

    @Test
    void gbalanceMemberColumnsAndPercentage() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1", "Name", "biology", "Description", "Auto-generated"));
        h.transport.rows(row("AccountUser", "Account", "1", "Name", "MEMBERS", "Access", "True"));
        h.transport.rows(row("AccountProject", "Account", "1", "Name", "biology", "Access", "True"));
        h.transport.rows(row("AccountMachine", "Account", "1", "Name", "ANY", "Access", "True"));
        h.transport.rows(row("Allocation", "Account", "1", "Amount", "180000000", "CreditLimit", "0", "Deposited", "360000000"));
        h.transport.rows();
        h.run("gbalance", "--show", "Id,Name,Amount,Deposited,Percentage,Projects,Users,Machines,Description");
        assertEquals(List.of(Selection.of("Id"), Selection.of("Id"), Selection.of("Name"), Selection.of("Description")),
                h.transport.request(0).selections());
        assertEquals("AccountUser", h.transport.request(1).object());
        assertEquals("""
                Id Name    Amount    Deposited Percentage Projects Users   Machines Description   \s
                -- ------- --------- --------- ---------- -------- ------- -------- --------------\s
                1  biology 180000000 360000000 50.00      biology  MEMBERS ANY      Auto-generated\s
                """, h.out());
    }

    @Test
    void gbalanceSecondaryFailureAborts() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1", "Name", "biology"));
        h.transport.failure("444", "amy is not authorized to perform this function (Allocation Query)");
        h.run("gbalance");
        assertEquals("Aborting /usr/local/gold/bin/gtest: amy is not authorized to perform this function (Allocation Query)\n",
                h.out());
        assertEquals(44, h.status);
    }

    @Test
    void gbalanceRefusesPositionals() {
        assertEquals(2, new Harness().run("gbalance", "amy").status);
    }

    @Test
    void gmkaccountCreatesTheAccountThenMembersThenAnyForTheRest() {
        Harness h = new Harness();
        h.transport.success("Successfully created 1 Account", row("Account", "Id", "3", "Name", "phys not amy"));
        h.transport.success("ok").success("ok").success("ok").success("ok").success("ok");
        h.run("gmkaccount", "-p", "physics", "-u", "MEMBERS,-amy", "-n", "phys not amy");
        assertEquals(List.of(Assignment.of("Name", "phys not amy")), h.transport.request(0).assignments());
        assertEquals("AccountProject", h.transport.request(1).object());
        assertEquals(List.of(Assignment.of("Account", "3"), Assignment.of("Name", "physics")),
                h.transport.request(1).assignments());
        assertEquals(List.of(Assignment.of("Account", "3"), Assignment.of("Name", "amy"), Assignment.of("Access", "False")),
                h.transport.request(3).assignments());
        assertEquals("AccountMachine", h.transport.request(4).object());
        assertEquals(List.of(Assignment.of("Account", "3"), Assignment.of("Name", "ANY")), h.transport.request(4).assignments());
        assertEquals(5, h.transport.requests().size());
        assertEquals("Successfully created Account 3\n", h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gmkaccountPrintsMemberFailuresOnly() {
        Harness h = new Harness();
        h.transport.success("Successfully created 1 Account", row("Account", "Id", "5"));
        h.transport.success("ok").failure("740", "nosuchproj is not a valid value for Name");
        h.transport.success("ok").success("ok");
        h.run("gmkaccount", "-p", "physics,nosuchproj", "-n", "bad");
        assertEquals("Successfully created Account 5\nnosuchproj is not a valid value for Name\n", h.out());
        assertEquals(0, h.status);
    }

    @Test
    void glsaccountDefaultQueryAndMemberColumns() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "3", "Name", "phys not amy", "Description", ""));
        h.transport.rows(row("AccountUser", "Account", "3", "Name", "MEMBERS", "Access", "True"),
                row("AccountUser", "Account", "3", "Name", "amy", "Access", "False"));
        h.transport.rows(row("AccountProject", "Account", "3", "Name", "physics", "Access", "True"));
        h.transport.rows(row("AccountMachine", "Account", "3", "Name", "ANY", "Access", "True"),
                row("AccountMachine", "Account", "3", "Name", "blue", "Access", "False"));
        h.transport.rows();
        h.run("glsaccount");
        assertEquals(List.of(Selection.of("Id", "Sort"), Selection.of("Id"), Selection.of("Name"), Selection.of("Description")),
                h.transport.request(0).selections());
        assertEquals(List.of("AccountUser", "AccountProject", "AccountMachine", "Allocation"),
                h.transport.requests().subList(1, 5).stream().map(Request::object).toList());
        assertEquals("""
                Id Name         Amount Projects Users        Machines  Description\s
                -- ------------ ------ -------- ------------ --------- -----------\s
                3  phys not amy      0 physics  MEMBERS,-amy ANY,-blue            \s
                """, h.out());
    }

    @Test
    void glsaccountOptionsUseRulesAndTheDashEQuirk() {
        Harness h = new Harness();
        h.transport.rows();
        h.run("glsaccount", "-u", "dave", "--show", "Id,Name", "-A");
        assertEquals(List.of(Option.of("User", "dave"), Option.of("Active", "True"), Option.of("UseRules", "True")),
                h.transport.request(0).options());
        Harness e = new Harness();
        e.transport.failure("720", "Internal server error");
        e.run("glsaccount", "-e", "2005-01-01");
        assertEquals(List.of(Condition.of("Id", "", "2005-01-01")), e.transport.request(0).conditions());
        assertEquals(72, e.status);
        Harness s = new Harness().run("glsaccount", "-s", "2005-01-01");
        assertEquals(2, s.status);
        assertTrue(s.err().startsWith("Option s is ambiguous (show, showHidden)\nUsage:\n"), s.err());
    }

    @Test
    void glsaccountAllocationsColumn() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "2", "Name", "chemistry"));
        h.transport.rows(row("Allocation", "Account", "2", "Amount", "360000000", "CreditLimit", "0", "Deposited", "360000000"));
        h.transport.rows(row("Allocation", "Id", "2", "Account", "2", "Amount", "360000000", "StartTime", "1104537600",
                "EndTime", "2082758400"));
        h.run("glsaccount", "-u", "dave", "--show", "Id,Name,Allocations,Amount,CreditLimit,Deposited");
        assertEquals(List.of(Selection.of("Id"), Selection.of("Account"), Selection.of("Amount"),
                Selection.of("StartTime"), Selection.of("EndTime")), h.transport.request(2).selections());
        assertEquals("""
                Id Name      Allocations                       Amount    CreditLimit Deposited\s
                -- --------- --------------------------------- --------- ----------- ---------\s
                2  chemistry 2:360000000:2005-01-01:2036-01-01 360000000           0 360000000\s
                """, h.out());
    }

    @Test
    void glsaccountInactiveUsesTheOrGroup() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1", "Name", "x"));
        h.transport.rows();
        h.run("glsaccount", "-I", "-a", "1", "--show", "Id,Amount");
        assertEquals(List.of(Condition.of("Account", "", "1"), new Condition("And", "+1", "", "StartTime", "GT", "", NOW),
                new Condition("Or", "-1", "", "EndTime", "LE", "", NOW)), h.transport.request(1).conditions());
    }

    @Test
    void gchaccountRunsItsRequestsInFixedOrderAndExitsWithTheLast() {
        Harness h = new Harness();
        h.transport.success("Successfully created 1 AccountUser").failure("740", "carl is not a valid value for Name");
        h.run("gchaccount", "--addUsers", "dave,-carl", "3");
        assertEquals(List.of(Assignment.of("Account", "3"), Assignment.of("Name", "carl"), Assignment.of("Access", "False")),
                h.transport.request(1).assignments());
        assertEquals("Successfully created 1 AccountUser\ncarl is not a valid value for Name\n", h.out());
        assertEquals(74, h.status);

        Harness d = new Harness();
        d.transport.success("Successfully modified 1 Accounts").success("Successfully deleted 1 AccountUsers");
        d.run("gchaccount", "--delUsers", "dave", "-n", "phys renamed", "3");
        assertEquals("Modify", d.transport.request(0).action());
        assertEquals(List.of(Condition.of("Id", "", "3")), d.transport.request(0).conditions());
        assertEquals(List.of(Condition.of("Account", "", "3"), Condition.of("Name", "", "dave")),
                d.transport.request(1).conditions());

        Harness none = new Harness().run("gchaccount", "3");
        assertEquals(0, none.status);
        assertEquals("", none.out());
    }

    @Test
    void grmaccountDeletesById() {
        Harness h = new Harness();
        h.transport.success("Successfully deleted 1 Accounts and 3 associations");
        h.run("grmaccount", "4");
        assertEquals(List.of(Condition.of("Id", "", "4")), h.transport.request(0).conditions());
        assertEquals("Delete", h.transport.request(0).action());
        assertEquals("Successfully deleted 1 Accounts and 3 associations\n", h.out());
        assertEquals(2, new Harness().run("grmaccount").status);
        assertEquals(2, new Harness().run("grmaccount", "-a", "x").status);
    }

    @Test
    void requestKeysFollowTheGivenKey() {
        Harness h = new Harness();
        h.transport.success("a").success("b");
        h.run("gchaccount", "--request-key", "K1", "--delUsers", "a,b", "3");
        assertEquals("K1", h.transport.request(0).requestKey());
        assertEquals("K1-2", h.transport.request(1).requestKey());
        Harness env = new Harness().requestKey("ENV1");
        env.transport.success("ok");
        env.run("grmaccount", "3");
        assertEquals("ENV1", env.transport.request(0).requestKey());
        Harness list = new Harness().requestKey("ENV1");
        list.transport.rows();
        list.run("glsjob");
        assertEquals(36, list.transport.request(0).requestKey().length());
        Harness fresh = new Harness();
        fresh.transport.reply(Response.failure("250", "Failed receiving reply: (timeout)."));
        fresh.run("grmaccount", "3");
        assertEquals(25, fresh.status);
        assertTrue(fresh.err().startsWith("Request key: " + fresh.transport.request(0).requestKey()), fresh.err());
    }
}
