package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.client.Harness;
import gold.protocol.Option;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankCommandsTest {
    @Test
    void gdepositIntoTheOneAccountOfAProject() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "1", "Name", "biology"))));
        h.transport.reply(Response.success("000", "Successfully deposited 360000000 credits into account 1", 360000000, List.of()));
        h.run("gdeposit", "-s", "2005-01-01", "-e", "2036-01-01", "-z", "360000000", "-p", "biology");
        var lookup = h.transport.request(0);
        assertEquals(List.of(Selection.of("Id", "Sort"), Selection.of("Name")), lookup.selections());
        assertEquals(List.of(Option.of("Project", "biology"), Option.of("UseRules", "True")), lookup.options());
        assertEquals(List.of(Option.of("Id", "1"), Option.of("Amount", "360000000"), Option.of("StartTime", "1104537600"),
                Option.of("EndTime", "2082758400")), h.transport.request(1).options());
        assertEquals("Successfully deposited 360000000 credits into project biology\n", h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gdepositByProjectInHoursEchoesTheServerFormattedCount() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "4", "Name", "x"))));
        h.transport.reply(Response.success("000", "Successfully deposited 2.00 credits into account 4", "2.00", List.of()));
        h.run("gdeposit", "-p", "physics", "-h", "2");
        assertEquals("Successfully deposited 2.00 credits into project physics\n", h.out());
    }

    @Test
    void gdepositWithSeveralAccountsListsThemAndExits74() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 3, List.of(row("Account", "Id", "3", "Name", "phys not amy"),
                row("Account", "Id", "4", "Name", "phys amy"), row("Account", "Id", "5", "Name", "bad"))));
        h.run("gdeposit", "-p", "physics", "1000");
        assertEquals("""
                The specified project has multiple accounts. Please respecify the deposit with the appropriate account id.
                Id Name        \s
                -- ------------\s
                3  phys not amy\s
                4  phys amy    \s
                5  bad         \s
                """, h.out());
        assertEquals(74, h.status);
        assertEquals(1, h.transport.requests().size());
    }

    @Test
    void gdepositWithoutAccountsOrWithAFailedLookupExits74() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 0, List.of()));
        h.run("gdeposit", "-p", "empty", "5");
        assertEquals("There are no accounts for the specified project. Please respecify the deposit with a valid account id.\n",
                h.out());
        assertEquals(74, h.status);
        Harness f = new Harness();
        f.transport.failure("740", "Project nosuch does not exist");
        f.run("gdeposit", "-p", "nosuch", "5");
        assertEquals("The specified project has multiple accounts. Please respecify the deposit with the appropriate account id.\n"
                + "Project nosuch does not exist\n", f.out());
        assertEquals(74, f.status);
    }

    @Test
    void gdepositHoursMultipliesAmountAndCreditLimitAndPositionalOverrides() {
        Harness h = new Harness();
        h.transport.success("Successfully deposited 2 credits into account 4");
        h.run("gdeposit", "-a", "4", "-L", "500", "-h", "-z", "9", "2");
        assertEquals(List.of(Option.of("Id", "4"), Option.of("Amount", "7200"), Option.of("CreditLimit", "1800000"),
                Option.of("ShowHours", "True")), h.transport.request(0).options());
        Harness two = new Harness();
        two.transport.success("ok");
        two.run("gdeposit", "-a", "1", "5", "6");
        assertEquals(List.of(Option.of("Id", "1")), two.transport.request(0).options());
        assertEquals(2, new Harness().run("gdeposit", "5").status);
    }

    @Test
    void gdepositFailureIsPrinted() {
        Harness.assertPrintsFailure("740", "The specified account id (99) does not exist.", "gdeposit", "-a", "99", "5");
    }

    @Test
    void gwithdrawTakesThePositionalAmountAfterTheHoursConversion() {
        Harness h = new Harness();
        h.transport.success("Successfully withdrew 100 credits from account 3");
        h.run("gwithdraw", "-a", "3", "-z", "100", "-d", "Grid Tax");
        assertEquals(List.of(Option.of("Amount", "100"), Option.of("Id", "3"), Option.of("Description", "Grid Tax")),
                h.transport.request(0).options());
        assertEquals("Successfully withdrew 100 credits from account 3\n", h.out());
        Harness p = new Harness();
        p.transport.success("ok");
        p.run("gwithdraw", "-a", "3", "-h", "1");
        assertEquals(List.of(Option.of("Amount", "1"), Option.of("Id", "3"), Option.of("ShowHours", "True")),
                p.transport.request(0).options());
        assertEquals(2, new Harness().run("gwithdraw", "-a", "3").status);
    }

    @Test
    void gwithdrawFromAProjectRewritesTheMessage() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "2", "Name", "chemistry"))));
        h.transport.reply(Response.success("000", "Successfully withdrew 10 credits from account 2", 10, List.of()));
        h.run("gwithdraw", "-p", "chemistry", "10");
        assertEquals("Successfully withdrew 10 credits from project chemistry\n", h.out());
    }

    @Test
    void gtransferNeedsSourceDestinationAndAmount() {
        Harness h = new Harness();
        h.transport.success("Successfully transferred 100 credits from account 3 to account 4");
        h.run("gtransfer", "--fromAccount", "3", "--toAccount", "4", "100");
        assertEquals(List.of(Option.of("Amount", "100"), Option.of("FromId", "3"), Option.of("ToId", "4")),
                h.transport.request(0).options());
        assertEquals(2, new Harness().run("gtransfer", "-i", "1", "--toAccount", "4", "100").status);
        assertEquals(2, new Harness().run("gtransfer", "--fromAccount", "3", "100").status);
    }

    @Test
    void gtransferBetweenProjectsResolvesBothAndRewritesTheMessage() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "1", "Name", "biology"))));
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "2", "Name", "chemistry"))));
        h.transport.reply(Response.success("000", "Successfully transferred 100 credits from account 1 to account 2", 100,
                List.of()));
        h.run("gtransfer", "--fromProject", "biology", "--toProject", "chemistry", "100");
        assertEquals(List.of(Option.of("Amount", "100"), Option.of("FromId", "1"), Option.of("ToId", "2")),
                h.transport.request(2).options());
        assertEquals("Successfully transferred 100 credits from project biology to project chemistry\n", h.out());
    }

    @Test
    void gtransferTargetProjectWithoutAccount() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 0, List.of()));
        h.run("gtransfer", "--fromAccount", "1", "--toProject", "none", "-z", "5");
        assertEquals("There are no accounts for the specified target project. Please respecify the transfer with a valid"
                + " target account id.\n", h.out());
        assertEquals(74, h.status);
        assertEquals(1, h.transport.requests().size());
    }
}
