package gold.client;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseRendererTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TimeValues utc = new TimeValues(Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")));

    private String render(DisplayOptions o, Response r) {
        new ResponseRenderer(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), o).display(r, utc);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Response balances(String message) {
        return Response.success("000", message, 2, List.of(
                row("Account", "Id", "1", "Name", "biology", "Amount", "360000000", "Reserved", "0"),
                row("Account", "Id", "2", "Name", "chemistry", "Amount", "360000000", "Reserved", "57600")));
    }

    @Test
    void cookedTablePadsEveryCellWithATrailingSpaceAndRightAlignsCurrency() {
        assertEquals("""
                Id Name      Amount    Reserved\s
                -- --------- --------- --------\s
                1  biology   360000000        0\s
                2  chemistry 360000000    57600\s
                done
                """, render(DisplayOptions.of(OutputFormat.TABLE, false, true, false, 0), balances("done")));
    }

    @Test
    void rawJoinsWithPipesWithoutPadding() {
        assertEquals("""
                Id|Name|Amount|Reserved
                1|biology|100000.00|0.00
                2|chemistry|100000.00|16.00
                """, render(DisplayOptions.of(OutputFormat.RAW, false, true, true, 0), balances("")));
    }

    @Test
    void quietDropsHeadersAndSuccessMessagesButNotFailures() {
        assertEquals("1  biology   360000000        0 \n2  chemistry 360000000    57600 \n",
                render(DisplayOptions.of(OutputFormat.TABLE, true, true, false, 0), balances("done")));
        out.reset();
        assertEquals("User already exists\n", render(DisplayOptions.of(OutputFormat.TABLE, true, false, false, 0),
                Response.failure("740", "User already exists")));
    }

    @Test
    void dataIsPrintedOnlyWhenVerbose() {
        assertEquals("done\n", render(DisplayOptions.of(OutputFormat.TABLE, false, false, false, 0), balances("done")));
    }

    @Test
    void emptyResultPrintsNothing() {
        assertEquals("", render(DisplayOptions.of(OutputFormat.TABLE, false, true, false, 0),
                Response.success("000", "", 0, List.of())));
    }

    @Test
    void timeColumnsAreShownInHumanForm() {
        Response r = Response.success("000", "", 1, List.of(row("Allocation", "StartTime", "0", "EndTime",
                "2147483647", "CreationTime", "1104537600")));
        assertEquals("StartTime|EndTime|CreationTime\n-infinity|infinity|2005-01-01\n",
                render(DisplayOptions.of(OutputFormat.RAW, false, true, false, 0), r));
    }

    @Test
    void jsonWritesNumbersAsNumbersAndTheMessageToStderr() {
        String json = render(DisplayOptions.of(OutputFormat.JSON, false, true, true, 0), balances("done"));
        assertEquals("[ {\n  \"Id\" : 1,\n  \"Name\" : \"biology\",\n  \"Amount\" : 100000.00,\n  \"Reserved\" : 0.00\n},"
                + " {\n  \"Id\" : 2,\n  \"Name\" : \"chemistry\",\n  \"Amount\" : 100000.00,\n  \"Reserved\" : 16.00\n} ]\n",
                json);
        assertEquals("done\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonKeepsRepeatedColumnsApart() {
        Response r = Response.success("000", "", 1, List.of(row("Job", "Charge", "34542", "Charge", "0")));
        assertEquals("[ {\n  \"Charge\" : 34542,\n  \"Charge_2\" : 0\n} ]\n",
                render(DisplayOptions.of(OutputFormat.JSON, false, true, false, 0), r));
    }

    @Test
    void jsonGivesEachColumnOneType() {
        Response r = Response.success("000", "", 2, List.of(
                row("Transaction", "Id", "7", "Name", "2", "Processors", "16", "Amount", "5", "Account", ""),
                row("Transaction", "Id", "8", "Name", "PBS.1", "Processors", "", "Amount", "", "Account", "")));
        assertEquals("[ {\n  \"Id\" : 7,\n  \"Name\" : \"2\",\n  \"Processors\" : 16,\n  \"Amount\" : 5,\n  \"Account\" : \"\"\n},"
                + " {\n  \"Id\" : 8,\n  \"Name\" : \"PBS.1\",\n  \"Processors\" : null,\n  \"Amount\" : null,\n  \"Account\" : \"\"\n} ]\n",
                render(DisplayOptions.of(OutputFormat.JSON, false, true, false, 0), r));
    }

    @Test
    void csvQuotesWhereNeeded() {
        Response r = Response.success("000", "", 1, List.of(row("User", "Name", "amy", "CommonName", "Wilkes, Amy")));
        assertEquals("Name,CommonName\namy,\"Wilkes, Amy\"\n",
                render(DisplayOptions.of(OutputFormat.CSV, false, true, false, 0), r));
    }
}
