package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.client.Harness;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Option;
import gold.protocol.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalCommandsTest {
    private static Harness mybalance(String... args) {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1"), row("Account", "Id", "2"), row("Account", "Id", "3"));
        h.transport.rows(row("AccountProject", "Account", "1", "Name", "biology", "Access", "True"),
                row("AccountProject", "Account", "2", "Name", "chemistry", "Access", "True"),
                row("AccountProject", "Account", "3", "Name", "biology", "Access", "True"));
        h.transport.rows(row("AccountMachine", "Account", "1", "Name", "ANY", "Access", "True"),
                row("AccountMachine", "Account", "2", "Name", "ANY", "Access", "True"),
                row("AccountMachine", "Account", "3", "Name", "ANY", "Access", "True"));
        h.transport.rows(row("Allocation", "Account", "1", "Amount", "3600", "CreditLimit", "0", "Deposited", "0"),
                row("Allocation", "Account", "2", "Amount", "100", "CreditLimit", "0", "Deposited", "0"),
                row("Allocation", "Account", "3", "Amount", "7200", "CreditLimit", "0", "Deposited", "0"));
        h.transport.rows();
        h.run("mybalance", args);
        return h;
    }

    @Test
    void mybalanceSumsPerProjectAndMachines() {
        Harness h = mybalance();
        assertEquals(List.of(Option.of("UseRules", "True"), Option.of("IncludeAncestors", "True"),
                Option.of("User", "amy")), h.transport.request(0).options());
        assertEquals("""
                Project   Machines Balance\s
                --------- -------- -------\s
                biology   ANY         10800
                chemistry ANY          100
                """, h.out());
        assertEquals(0, h.status);
    }

    @Test
    void mybalanceInHours() {
        assertEquals("""
                Project   Machines Balance\s
                --------- -------- -------\s
                biology   ANY         3.00
                chemistry ANY          0.03
                """, mybalance("-h").out());
    }

    @Test
    void mybalanceJsonHoldsTheSumsAsNumbers() {
        Harness h = mybalance("--format", "json");
        assertEquals("""
                [ {
                  "Project" : "biology",
                  "Machines" : "ANY",
                  "Balance" : 10800
                }, {
                  "Project" : "chemistry",
                  "Machines" : "ANY",
                  "Balance" : 100
                } ]
                """, h.out());
        assertEquals(0, h.status);
    }

    @Test
    void mybalanceCsvInHours() {
        assertEquals("Project,Machines,Balance\nbiology,ANY,3.00\nchemistry,ANY,0.03\n", mybalance("-h", "--format", "csv").out());
    }

    @Test
    void mybalanceRecordsKeepAnEmptyMachinesValueAndANegativeBalance() {
        Harness h = new Harness();
        h.transport.rows(row("Account", "Id", "1"), row("Account", "Id", "2"));
        h.transport.rows(row("AccountProject", "Account", "1", "Name", "biology", "Access", "True"),
                row("AccountProject", "Account", "2", "Name", "biology", "Access", "True"));
        h.transport.rows();
        h.transport.rows(row("Allocation", "Account", "1", "Amount", "-5", "CreditLimit", "0", "Deposited", "0"),
                row("Allocation", "Account", "2", "Amount", "-7", "CreditLimit", "0", "Deposited", "0"));
        h.transport.rows();
        h.run("mybalance", "--format", "csv");
        assertEquals("Project,Machines,Balance\nbiology,,-12\n", h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gchpasswdCreatesOrModifiesThePassword() {
        Harness h = new Harness().stdin("secret99\n");
        h.transport.reply(Response.success("000", "", 0, List.of()));
        h.transport.reply(Response.success("080", "Successfully created 1 Password", 1, List.of()));
        h.run("gchpasswd");
        assertEquals(List.of(Condition.of("User", "", "amy")), h.transport.request(0).conditions());
        assertEquals(List.of(Assignment.of("User", "amy"), Assignment.of("Password", "secret99")),
                h.transport.request(1).assignments());
        assertEquals("Enter your new password: \nSuccessfully created 1 Password\n", h.out());
        assertEquals(8, h.status);

        Harness m = new Harness().stdin("short\n");
        m.transport.reply(Response.success("000", "", 1, List.of(row("Password", "User", "bob"))));
        m.transport.failure("740", "The password must be at least 8 characters");
        m.run("gchpasswd", "bob");
        assertEquals("Modify", m.transport.request(1).action());
        assertEquals(List.of(Condition.of("User", "", "bob")), m.transport.request(1).conditions());
        assertEquals(74, m.status);
    }

    @Test
    void gchpasswdStopsWhenTheQueryFails() {
        Harness.assertPrintsFailure("444", "amy is not authorized to perform this function (Password Query)", "gchpasswd",
                "-u", "bob");
    }

    @Test
    void listCommandsWriteJsonAndCsv() {
        Harness h = new Harness();
        h.transport.rows(row("User", "Name", "amy", "Active", "True"));
        h.run("glsuser", "--show", "Name,Active", "--format", "json");
        assertEquals("[ {\n  \"Name\" : \"amy\",\n  \"Active\" : \"True\"\n} ]\n", h.out());
        Harness c = new Harness();
        c.transport.rows(row("Job", "JobId", "PBS,1", "Charge", "19744"));
        c.run("glsjob", "--format", "csv", "-h");
        assertEquals("JobId,Charge\n\"PBS,1\",5.48\n", c.out());
        assertEquals(2, new Harness().run("glsjob", "--format", "xml").status);
    }
}
