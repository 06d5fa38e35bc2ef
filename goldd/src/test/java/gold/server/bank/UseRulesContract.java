package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Queries under use rules and override roles: users see the accounts, reservations and data that are theirs.
 */
interface UseRulesContract extends BankFixture {
    @Test
    default void accountQueryResolvesAccessListsWithUseRules() throws Exception {
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
        g.ok(create("AccountAccount", "Account", "4", "Id", "3", "Overflow", "True"));
        assertEquals(List.of("1", "2", "3", "4"), ids(g.ok(req("Account", "Query", "User", "amy", "UseRules", "True",
                "IncludeAncestors", "True").get("Id"))));
    }

    @Test
    default void reservationQueryWithUseRulesListsTheHoldsOnTheUsersAccounts() throws Exception {
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
    default void overrideRoleLetsUsersSeeOnlyTheirOwnData() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
        g.ok(Request.builder("RoleAction", "Delete").where("Role", "Anonymous").where("Object", "ANY")
                .where("Name", "Query"));
        g.ok(Request.builder("RoleAction", "Delete").where("Role", "Anonymous").where("Object", "Account")
                .where("Name", "Balance"));
        for (String object : List.of("Account", "Job", "Transaction", "Reservation")) {
            g.ok(create("RoleAction", "Role", "OVERRIDE", "Object", object, "Name", "Query", "Instance", "ANY"));
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
}
