package gold.t.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --format json} of every listing command parses as a JSON array and holds the same records
 * as the command's table: the same columns in the same order, one object per table row, each value
 * equal to the table's text (numbers compared as numbers, null for an empty currency value), and
 * the table's message on stderr instead of stdout. The
 * bank is set up by replaying listing-setup.txt on a fresh database.
 */
class ListingJsonTest {
    private static final List<String> LISTINGS = List.of(
            "glsuser", "glsuser --show Name,Projects,Organization", "glsmachine", "glsproject",
            "glsproject --show Name,Users,Machines,Organization", "gbalance -u amy", "gbalance -u amy -h",
            "gbalance --show Id,Name,Deposited,Percentage,Projects,Users,Machines",
            "gbalance -p biology --total", "glsaccount", "glsaccount --show Id,Name,Allocations,Amount,CreditLimit,Deposited",
            "glsalloc", "glsalloc -h --showHidden", "glsjob", "glsquote", "glsres", "glstxn -O Job",
            "glstxn -O Account --show Id,Action,Amount,Delta,Account,CreationTime");
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        gold = Installation.create(Map.of());
        gold.start();
        TranscriptPlayer player = new TranscriptPlayer(gold, "listing-setup.txt");
        for (Transcript.Step step : Transcript.load("listing-setup.txt")) {
            player.play(step);
        }
        // the reports count transactions with CreationTime < now (whole seconds): let the last one age
        Thread.sleep(1000);
    }

    @AfterAll
    static void stopServer() {
        if (gold != null) {
            gold.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> jsonOfEveryListingHoldsTheRecordsOfItsTable() {
        return LISTINGS.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            List<String> words = CommandWords.split(line);
            String program = words.get(0);
            String[] args = words.subList(1, words.size()).toArray(String[]::new);
            Installation.Result table = gold.run(program, args);
            assertEquals(0, table.exit(), table.toString());
            List<String> jsonArgs = new ArrayList<>(List.of(args));
            jsonArgs.addAll(List.of("--format", "json"));
            Installation.Result json = gold.run(program, jsonArgs.toArray(String[]::new));
            assertEquals(0, json.exit(), json.toString());
            List<Map<String, String>> rows = TableText.records(table.stdout());
            assertFalse(rows.isEmpty(), "the set-up must give every listing rows: " + table);
            JsonNode array = new ObjectMapper().readTree(json.stdout());
            assertTrue(array.isArray(), json.toString());
            assertEquals(rows.size(), array.size(), "records of " + line + "\n" + table + json);
            // the message goes to stderr so that stdout stays JSON
            assertEquals(TableText.message(table.stdout()), json.stderr(), "message of " + line);
            for (int i = 0; i < rows.size(); i++) {
                assertSameRecord(rows.get(i), array.get(i), line + " record " + (i + 1) + "\n" + table + json);
            }
        }));
    }

    /** The records of the reports: gusage's table under its header, mybalance's summed lines. */
    @TestFactory
    Stream<DynamicTest> jsonOfTheReportsHoldsTheRecordsOfTheirTables() {
        return Stream.of("gusage -p biology", "gusage biology -h", "mybalance", "mybalance -h").map(line ->
                DynamicTest.dynamicTest(line, () -> {
                    List<String> words = CommandWords.split(line);
                    String[] args = words.subList(1, words.size()).toArray(String[]::new);
                    Installation.Result table = gold.run(words.get(0), args);
                    assertEquals(0, table.exit(), table.toString());
                    String text = table.stdout();
                    String endOfHeader = "#\n" + "#".repeat(80) + "\n\n";
                    if (text.startsWith("#")) {
                        text = text.substring(text.indexOf(endOfHeader) + endOfHeader.length());
                    } else {
                        // mybalance drops the trailing blank of its lines (commands.md 2.2)
                        text = text.replace("\n", " \n");
                    }
                    List<Map<String, String>> rows = TableText.records(text);
                    assertFalse(rows.isEmpty(), "the set-up must give every report rows: " + table);
                    List<String> jsonArgs = new ArrayList<>(List.of(args));
                    jsonArgs.addAll(List.of("--format", "json"));
                    Installation.Result json = gold.run(words.get(0), jsonArgs.toArray(String[]::new));
                    assertEquals(0, json.exit(), json.toString());
                    assertEquals("", json.stderr(), json.toString());
                    JsonNode array = new ObjectMapper().readTree(json.stdout());
                    assertEquals(rows.size(), array.size(), "records of " + line + "\n" + table + json);
                    for (int i = 0; i < rows.size(); i++) {
                        assertSameRecord(rows.get(i), array.get(i), line + " record " + (i + 1) + "\n" + table + json);
                    }
                }));
    }

    /**
     * gstatement's one schema: the four balances, then the credit and the debit lines of its
     * detail (or summary) tables, every record with the same nine fields.
     */
    @TestFactory
    Stream<DynamicTest> jsonOfTheStatementHoldsItsBalancesAndLines() {
        List<String> schema = List.of("Section", "Object", "Action", "JobId", "Project", "User", "Machine", "Amount", "Time");
        return Stream.of("gstatement -a 1", "gstatement -p biology --summarize -h").map(line ->
                DynamicTest.dynamicTest(line, () -> {
                    List<String> words = CommandWords.split(line);
                    String[] args = words.subList(1, words.size()).toArray(String[]::new);
                    Installation.Result report = gold.run(words.get(0), args);
                    assertEquals(0, report.exit(), report.toString());
                    List<Map<String, String>> expected = statementRecords(report.stdout());
                    assertTrue(expected.size() > 5, "the set-up must give the statement lines: " + report);
                    List<String> jsonArgs = new ArrayList<>(List.of(args));
                    jsonArgs.addAll(List.of("--format", "json"));
                    Installation.Result json = gold.run(words.get(0), jsonArgs.toArray(String[]::new));
                    assertEquals(0, json.exit(), json.toString());
                    assertEquals("", json.stderr(), json.toString());
                    JsonNode array = new ObjectMapper().readTree(json.stdout());
                    assertEquals(expected.size(), array.size(), "records of " + line + "\n" + report + json);
                    for (int i = 0; i < expected.size(); i++) {
                        Map<String, String> full = new java.util.LinkedHashMap<>();
                        for (String column : schema) {
                            full.put(column, expected.get(i).getOrDefault(column, ""));
                        }
                        assertSameRecord(full, array.get(i), line + " record " + (i + 1) + "\n" + report + json);
                        assertTrue(array.get(i).get("Amount").isNumber(), "Amount is a number: " + array.get(i));
                    }
                }));
    }

    /** The statement's text as records: "Label: amount" lines, then the rows of both tables. */
    private static List<Map<String, String>> statementRecords(String text) {
        List<Map<String, String>> records = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^(Beginning Balance|Total Credits|Total Debits|Ending Balance): +(\\S+)$").matcher(text);
        while (m.find()) {
            records.add(Map.of("Section", m.group(1), "Amount", m.group(2)));
        }
        assertEquals(4, records.size(), text);
        String[] parts = text.split("(?m)^#{31} (?:Credit|Debit) (?:Detail|Summary) #+\n\n|^\n?#{31} End of Report #+\n");
        assertEquals(4, parts.length, text);
        for (int p = 1; p <= 2; p++) {
            for (Map<String, String> row : TableText.records(parts[p].stripTrailing().isEmpty() ? "" : parts[p])) {
                Map<String, String> record = new java.util.LinkedHashMap<>();
                record.put("Section", p == 1 ? "Credit" : "Debit");
                record.putAll(row);
                records.add(record);
            }
        }
        return records;
    }

    private static void assertSameRecord(Map<String, String> row, JsonNode object, String where) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertEquals(new ArrayList<>(row.keySet()), fields, "columns of " + where);
        row.forEach((column, text) -> {
            JsonNode value = object.get(column);
            if (value.isNull()) {
                assertEquals("", text, column + " of " + where);
            } else if (value.isNumber()) {
                assertEquals(0, new BigDecimal(text).compareTo(value.decimalValue()), column + " of " + where);
            } else {
                assertTrue(value.isTextual(), column + " of " + where);
                assertEquals(text, value.asText().strip(), column + " of " + where);
            }
        });
    }
}
