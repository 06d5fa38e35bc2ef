package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.client.Harness;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCommandsTest {
    private static final String NOW = "1795319537";

    @Test
    void gquoteBuildsTheJobDatumInQuoteOrder() {
        Harness h = new Harness();
        h.transport.success("Successfully quoted 129946 credits with quote id 1");
        h.run("gquote", "-p", "chemistry", "-u", "amy", "-m", "colony", "-P", "16", "-M", "2048", "-t", "3600", "-Q", "Premium",
                "--guarantee", "-X", "GPUs=2");
        Request r = h.transport.request(0);
        assertEquals("Quote", r.action());
        assertEquals(List.of(new Row("Job", List.of(new Row.Field("ProjectId", "chemistry"), new Row.Field("UserId", "amy"),
                new Row.Field("MachineName", "colony"), new Row.Field("Processors", "16"), new Row.Field("Memory", "2048"),
                new Row.Field("QualityOfService", "Premium"), new Row.Field("WallDuration", "3600"),
                new Row.Field("GPUs", "2")))), r.data());
        assertEquals(List.of(Option.of("Guarantee", "True")), r.options());
        assertEquals("Successfully quoted 129946 credits with quote id 1\n", h.out());
        assertEquals(2, new Harness().run("gquote", "extra").status);
    }

    @Test
    void gquoteVerboseAndInsufficientFunds() {
        Harness h = new Harness();
        h.transport.success("Successfully quoted 10 credits", row("Quote", "Amount", "10"));
        h.run("gquote", "-u", "amy", "-p", "biology", "-m", "colony", "-P", "1", "-t", "10", "-v");
        assertEquals("Amount \n------ \n    10 \nSuccessfully quoted 10 credits\n", h.out());
        Harness f = new Harness();
        f.transport.failure("782", "Insufficient funds: There are no valid allocations to satisfy the quotation");
        f.run("gquote", "-p", "biology", "-u", "dave");
        assertEquals(78, f.status);
    }

    @Test
    void gquoteJobSupplementAddsASecondJobBeforeItsOwn() {
        Harness h = new Harness();
        h.transport.failure("314", "Only one job may be specified");
        h.run("gquote", "--job", "JobId=x", "-P", "1");
        assertEquals(List.of("Job", "Job"), h.transport.request(0).data().stream().map(Row::name).toList());
        assertEquals("x", h.transport.request(0).data().get(0).get("JobId"));
        assertEquals(31, h.status);
    }

    @Test
    void greserveSendsJobIdFirstAndQuoteIdAfterEndTime() {
        Harness h = new Harness();
        h.transport.success("Successfully reserved 200 credits for job PBS.20\n1 reservations were removed");
        h.run("greserve", "-J", "PBS.20", "-p", "chemistry", "-u", "amy", "-m", "colony", "-P", "2", "-t", "100",
                "-q", "1", "-s", "2030-01-01", "--replace");
        Request r = h.transport.request(0);
        assertEquals(List.of("JobId", "ProjectId", "UserId", "MachineName", "Processors", "WallDuration", "StartTime",
                "QuoteId"), r.data().get(0).names());
        assertEquals("1893456000", r.data().get(0).get("StartTime"));
        assertEquals(List.of(Option.of("Replace", "True")), r.options());
        assertEquals("Successfully reserved 200 credits for job PBS.20\n1 reservations were removed\n", h.out());
        assertEquals(2, new Harness().run("greserve", "-q", "x", "J1").status);
        assertEquals(2, new Harness().run("greserve", "-p", "chemistry").status);
    }

    @Test
    void gchargeUsesTheChargeOrderAndShowsTheChargeRowWhenVerbose() {
        Harness h = new Harness();
        h.transport.success("Successfully charged job PBS.11 for 10 credits", row("Charge", "Amount", "10", "Job", "4"));
        h.run("gcharge", "PBS.11", "-p", "chemistry", "-u", "amy", "-m", "colony", "-P", "1", "-t", "10", "-v", "-N", "1",
                "-q", "Q7", "-S", "Completed", "-T", "Batch", "-C", "batch", "--application", "vasp", "--executable", "a.out",
                "-e", "infinity", "-d", "test");
        Request r = h.transport.request(0);
        assertEquals(List.of("JobId", "ProjectId", "UserId", "MachineName", "Processors", "Nodes", "WallDuration",
                "QuoteId", "State", "Type", "EndTime", "Queue", "Application", "Executable", "Description"),
                r.data().get(0).names());
        assertEquals("2147483647", r.data().get(0).get("EndTime"));
        assertEquals("Amount Job \n------ --- \n    10 4   \nSuccessfully charged job PBS.11 for 10 credits\n", h.out());
    }

    @Test
    void gchargeShowUsageExitsOne() {
        Harness h = new Harness();
        h.transport.reply(Response.success("010", "<Request action=\"Charge\">\n    <Object>Job</Object>\n</Request>", -1,
                List.of()));
        h.run("gcharge", "--option", "name=ShowUsage", "value=True", "X3");
        assertEquals(List.of(Option.of("ShowUsage", "True")), h.transport.request(0).options());
        assertEquals(1, h.status);
        assertEquals("<Request action=\"Charge\">\n    <Object>Job</Object>\n</Request>\n", h.out());
    }

    @Test
    void grefundNeedsAJobAndSendsItsOptions() {
        Harness h = new Harness();
        h.transport.success("Successfully refunded 19744 credits for job PBS.1234.0");
        h.run("grefund", "-J", "PBS.1234.0");
        assertEquals(List.of(Option.of("JobId", "PBS.1234.0")), h.transport.request(0).options());
        Harness z = new Harness();
        z.transport.failure("740", "Refund amount (999999) cannot exceed job charge (34542.464)");
        z.run("grefund", "2", "-z", "2", "-h", "-a", "3", "-d", "oops");
        assertEquals(List.of(Option.of("Amount", "7200"), Option.of("Account", "3"), Option.of("Id", "2"),
                Option.of("Description", "oops"), Option.of("ShowHours", "True")), z.transport.request(0).options());
        assertEquals(74, z.status);
        assertEquals(2, new Harness().run("grefund", "-j", "0").status);
        assertEquals(2, new Harness().run("grefund").status);
    }

    @Test
    void glsjobConditionsAndTable() {
        Harness h = new Harness();
        h.transport.rows(row("Job", "JobId", "PBS.1234.0", "Charge", "0"));
        h.run("glsjob", "-J", "PBS*", "--show", "JobId,Charge", "--quiet", "--stage", "Charge", "-s", "2005-01-01", "7");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("JobId", "Match", "PBS%"), Condition.of("Id", "", "7"),
                Condition.of("Stage", "", "Charge"), Condition.of("StartTime", "GE", "1104537600")), r.conditions());
        assertEquals(List.of(Selection.of("JobId"), Selection.of("Charge")), r.selections());
        assertEquals("PBS.1234.0      0 \n", h.out());
    }

    @Test
    void glsquoteLongFormatListsChargeRatesBackwards() {
        Harness h = new Harness();
        h.transport.rows(row("Quotation", "Id", "1", "Amount", "129946", "Description", ""));
        h.transport.rows(row("QuotationChargeRate", "Quotation", "1", "Type", "QualityOfService", "Name", "Premium", "Rate", "2"),
                row("QuotationChargeRate", "Quotation", "1", "Type", "Resource", "Name", "Processors", "Rate", "1"),
                row("QuotationChargeRate", "Quotation", "1", "Type", "Resource", "Name", "Memory", "Rate", "0.001"));
        h.run("glsquote", "-l", "--show", "Id,Amount,ChargeRates,Description", "-A", "1");
        assertEquals(List.of(Condition.of("Id", "", "1"), Condition.of("EndTime", "GE", NOW)),
                h.transport.request(0).conditions());
        assertEquals(List.of(Condition.of("Quotation", "", "1")), h.transport.request(1).conditions());
        assertEquals("""
                Id Amount ChargeRates                Description\s
                -- ------ -------------------------- -----------\s
                1  129946 Resource:Memory:0.001                 \s
                          Resource:Processors:1                 \s
                          QualityOfService:Premium:2            \s
                """, h.out());
    }

    @Test
    void gchquoteAndGchresModifyTheWindow() {
        Harness h = new Harness();
        h.transport.success("Successfully modified 1 Reservations");
        h.run("gchres", "-e", "2030-01-01 12:00:00", "-d", "test", "-s", "2030-01-01", "4");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("Id", "", "4")), r.conditions());
        assertEquals(List.of(Assignment.of("EndTime", "1893499200"), Assignment.of("StartTime", "1893456000"),
                Assignment.of("Description", "test")), r.assignments());
        Harness q = new Harness();
        q.transport.success("Successfully modified 1 Quotations");
        q.run("gchquote", "-q", "1", "-e", "infinity");
        assertEquals("Quotation", q.transport.request(0).object());
        assertEquals(2, new Harness().run("gchquote", "-e", "now").status);
    }

    @Test
    void grmquoteGrmresAndGrmallocSelectors() {
        Harness q = new Harness();
        q.transport.success("Successfully deleted 0 Quotations");
        q.run("grmquote", "-I");
        assertEquals(List.of(Condition.of("EndTime", "LT", NOW)), q.transport.request(0).conditions());
        Harness r = new Harness();
        r.transport.success("Successfully deleted 2 Reservations and 2 associations");
        r.run("grmres", "-n", "PBS.20");
        assertEquals(List.of(Condition.of("Name", "", "PBS.20")), r.transport.request(0).conditions());
        Harness a = new Harness();
        a.transport.success("Successfully deleted 1 Allocations");
        a.run("grmalloc", "3", "-I");
        assertEquals(List.of(Condition.of("Id", "", "3"), new Condition("And", "+1", "", "StartTime", "GT", "", NOW),
                new Condition("Or", "-1", "", "EndTime", "LE", "", NOW)), a.transport.request(0).conditions());
        assertEquals(2, new Harness().run("grmres").status);
        assertEquals(2, new Harness().run("grmalloc", "a", "b").status);
    }

    @Test
    void glsresMergesAccountsAllocationsAndAmounts() {
        Harness h = new Harness();
        h.transport.rows(row("Reservation", "Id", "2", "Name", "PBS.1235.0"));
        h.transport.rows(row("ReservationAllocation", "Reservation", "2", "Id", "2", "Account", "2", "Amount", "129945.6"));
        h.transport.rows(row("ReservationAllocation", "Reservation", "2", "Amount", "129945.6"));
        h.run("glsres", "-l", "--show", "Id,Name,Accounts,Allocations,Amount", "-u", "amy", "-n", "PBS%");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("Name", "Match", "PBS%"), Condition.of("User", "", "amy")), r.conditions());
        assertEquals(List.of(Option.of("UseRules", "True")), r.options());
        assertEquals(List.of(Selection.of("Id", "Sort"), Selection.of("Id"), Selection.of("Name")), r.selections());
        assertEquals(List.of(Selection.of("Reservation", "GroupBy"), Selection.of("Amount", "Sum")),
                h.transport.request(2).selections());
        assertEquals("""
                Id Name       Accounts Allocations  Amount\s
                -- ---------- -------- ------------ ------\s
                2  PBS.1235.0 2        2:2:129945.6 129946\s
                """, h.out());
    }

    @Test
    void glstxnAddsConditionsInTheClassicOrder() {
        Harness h = new Harness();
        h.transport.rows();
        h.run("glstxn", "-J", "PBS.1", "-A", "Charge", "-R", "313", "-s", "2005-01-01", "--show=Id,Object");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("CreationTime", "GT", "1104537600"), Condition.of("RequestId", "", "313"),
                Condition.of("Action", "", "Charge"), Condition.of("JobId", "", "PBS.1")), r.conditions());
        assertEquals(List.of(Selection.of("Id"), Selection.of("Object")), r.selections());
        assertEquals("", h.out());
        assertEquals(2, new Harness().run("glstxn", "x").status);
    }

    @Test
    void glsallocShowsAccountsProjectsAndHours() {
        Harness h = new Harness();
        h.transport.rows(row("Allocation", "Account", "1", "Id", "1", "StartTime", "1104537600", "EndTime", "2082758400",
                "Amount", "359999892", "CreditLimit", "0", "Deposited", "360000000", "Description", ""));
        h.run("glsalloc", "-h", "--raw");
        assertEquals(List.of(Selection.of("Account"), Selection.of("Id"), Selection.of("Account"), Selection.of("StartTime"),
                Selection.of("EndTime"), Selection.of("Amount"), Selection.of("CreditLimit"), Selection.of("Deposited"),
                Selection.of("Description")), h.transport.request(0).selections());
        assertEquals("Id|Account|StartTime|EndTime|Amount|CreditLimit|Deposited|Description\n"
                + "1|1|2005-01-01|2036-01-01|99999.97|0.00|100000.00|\n", h.out());
    }

    @Test
    void glsallocByProjectResolvesTheAccount() {
        Harness h = new Harness();
        h.transport.reply(Response.success("000", "", 1, List.of(row("Account", "Id", "2", "Name", "chemistry"))));
        h.transport.rows(row("Allocation", "Account", "2", "Id", "2", "Projects", ""));
        h.transport.rows(row("AccountProject", "Account", "2", "Name", "chemistry", "Access", "True"));
        h.run("glsalloc", "-p", "chemistry", "--show", "Id,Projects", "-A");
        assertEquals(List.of(Condition.of("Account", "", "2"), Condition.of("StartTime", "LE", NOW),
                Condition.of("EndTime", "GT", NOW)), h.transport.request(1).conditions());
        assertEquals(List.of(Condition.of("Account", "", "2")), h.transport.request(2).conditions());
        assertEquals("Id Projects  \n-- --------- \n2  chemistry \n", h.out());
    }

    @Test
    void gchallocConvertsTheCreditLimitToHours() {
        Harness h = new Harness();
        h.transport.success("Successfully modified 1 Allocations", row("Allocation", "Id", "4", "Amount", "7200",
                "CreditLimit", "7200"));
        h.run("gchalloc", "-L", "2", "-h", "-v", "4");
        assertEquals(List.of(Assignment.of("CreditLimit", "7200")), h.transport.request(0).assignments());
        assertEquals("Id Amount CreditLimit \n-- ------ ----------- \n4    2.00        2.00 \n"
                + "Successfully modified 1 Allocations\n", h.out());
    }
}
