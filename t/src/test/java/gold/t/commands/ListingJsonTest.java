package gold.t.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --format json} and {@code --format csv} of every listing and report hold the same records
 * as the command's table: the same columns in the same order, one record per table row, each value
 * equal to the table's text, and the table's message on stderr instead of stdout. In JSON a numeric
 * column (a currency column, or one whose every non-empty text is a plain number) must hold JSON
 * numbers (null for an empty value), every other column strings. The reports' records are those
 * of gusage's table under its header, mybalance's summed lines and gstatement's four balances and
 * detail lines. The bank is set up by replaying listing-setup.txt on a fresh database.
 */
class ListingJsonTest {
    private static final List<String> LISTINGS = List.of(
            "glsuser", "glsuser --show Name,Projects,Organization", "glsmachine", "glsproject",
            "glsproject --show Name,Users,Machines,Organization", "gbalance -u amy", "gbalance -u amy -h",
            "gbalance --show Id,Name,Deposited,Percentage,Projects,Users,Machines",
            "gbalance -p biology --total", "glsaccount", "glsaccount --show Id,Name,Allocations,Amount,CreditLimit,Deposited",
            "glsalloc", "glsalloc -h --showHidden", "glsjob", "glsquote", "glsres", "glstxn -O Job",
            "glstxn -O Account --show Id,Action,Amount,Delta,Account,CreationTime",
            "gusage -p biology", "gusage biology -h", "mybalance", "mybalance -h",
            "gstatement -a 1", "gstatement -p biology --summarize -h");
    private static final List<String> STATEMENT = List.of("Section", "Object", "Action", "JobId", "Project", "User",
            "Machine", "Amount", "Time");
    private static final Set<String> CURRENCY = Set.of("Delta", "CreditLimit", "Amount", "Deposited", "Charge",
            "Balance", "Reserved", "Available");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
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

    /** What the classic layout of a command line shows: its records and its message. */
    private record Shown(String text, List<String> columns, List<Map<String, String>> records, String message) {
        boolean numeric(String column) {
            if (CURRENCY.contains(column)) {
                return true;
            }
            boolean any = false;
            for (Map<String, String> record : records) {
                String text = record.get(column);
                if (!text.isEmpty()) {
                    if (!NUMBER.matcher(text).matches()) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }
    }

    @TestFactory
    Stream<DynamicTest> jsonHoldsTheRecordsOfTheTable() {
        return LISTINGS.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            Shown shown = shown(line);
            Installation.Result json = run(line, "--format", "json");
            String where = line + "\n" + shown.text() + "\n" + json;
            JsonNode array = new ObjectMapper().readTree(json.stdout());
            assertTrue(array.isArray(), where);
            assertEquals(shown.records().size(), array.size(), "records of " + where);
            // the message goes to stderr so that stdout stays JSON
            assertEquals(shown.message(), json.stderr(), "message of " + where);
            for (int i = 0; i < array.size(); i++) {
                assertSameRecord(shown, shown.records().get(i), array.get(i), "record " + (i + 1) + " of " + where);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> csvHoldsTheRecordsOfTheTable() {
        return LISTINGS.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            Shown shown = shown(line);
            Installation.Result csv = run(line, "--format", "csv");
            String where = line + "\n" + shown.text() + "\n" + csv;
            List<List<String>> lines = csvLines(csv.stdout());
            assertEquals(shown.columns(), lines.get(0), "header of " + where);
            assertEquals(shown.records().size(), lines.size() - 1, "records of " + where);
            assertEquals(shown.message(), csv.stderr(), "message of " + where);
            for (int i = 0; i < shown.records().size(); i++) {
                List<String> values = lines.get(i + 1).stream().map(String::strip).toList();
                assertEquals(new ArrayList<>(shown.records().get(i).values()), values, "record " + (i + 1) + " of " + where);
            }
        }));
    }

    private static Installation.Result run(String line, String... extra) throws IOException {
        List<String> words = new ArrayList<>(CommandWords.split(line));
        words.addAll(List.of(extra));
        Installation.Result r = gold.run(words.get(0), words.subList(1, words.size()).toArray(String[]::new));
        assertEquals(0, r.exit(), line + "\n" + r);
        return r;
    }

    private static Shown shown(String line) throws IOException {
        String text = run(line).stdout();
        List<Map<String, String>> records;
        List<String> columns;
        String message;
        if (line.startsWith("gstatement")) {
            records = statementRecords(text);
            columns = STATEMENT;
            message = "";
        } else {
            String table = text;
            String endOfHeader = "#\n" + "#".repeat(80) + "\n\n";
            if (line.startsWith("gusage")) {
                table = text.substring(text.indexOf(endOfHeader) + endOfHeader.length());
            } else if (line.startsWith("mybalance")) {
                // mybalance drops the trailing blank of its lines
                table = text.replace("\n", " \n");
            }
            records = TableText.records(table);
            columns = records.isEmpty() ? List.of() : new ArrayList<>(records.get(0).keySet());
            message = TableText.message(table);
        }
        assertFalse(records.isEmpty(), "the set-up must give every listing rows: " + line + "\n" + text);
        return new Shown(text, columns, records, message);
    }

    /** The statement's text as records of its one schema: the four balances, then both tables' rows. */
    private static List<Map<String, String>> statementRecords(String text) {
        List<Map<String, String>> records = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(Beginning Balance|Total Credits|Total Debits|Ending Balance): +(\\S+)$").matcher(text);
        while (m.find()) {
            records.add(statementRecord(Map.of("Section", m.group(1), "Amount", m.group(2))));
        }
        assertEquals(4, records.size(), text);
        String[] parts = text.split("(?m)^#{31} (?:Credit|Debit) (?:Detail|Summary) #+\n\n|^\n?#{31} End of Report #+\n");
        assertEquals(4, parts.length, text);
        for (int p = 1; p <= 2; p++) {
            for (Map<String, String> row : TableText.records(parts[p])) {
                Map<String, String> record = new LinkedHashMap<>(row);
                record.put("Section", p == 1 ? "Credit" : "Debit");
                records.add(statementRecord(record));
            }
        }
        assertTrue(records.size() > 5, "the set-up must give the statement lines: " + text);
        return records;
    }

    private static Map<String, String> statementRecord(Map<String, String> values) {
        Map<String, String> record = new LinkedHashMap<>();
        STATEMENT.forEach(column -> record.put(column, values.getOrDefault(column, "")));
        return record;
    }

    private static void assertSameRecord(Shown shown, Map<String, String> row, JsonNode object, String where) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertEquals(shown.columns(), fields, "columns of " + where);
        row.forEach((column, text) -> {
            JsonNode value = object.get(column);
            if (!shown.numeric(column)) {
                assertTrue(value.isTextual(), column + " must be a string: " + value + " in " + where);
                assertEquals(text, value.asText().strip(), column + " of " + where);
            } else if (text.isEmpty()) {
                assertTrue(value.isNull(), column + " must be null: " + value + " in " + where);
            } else {
                assertTrue(value.isNumber(), column + " must be a number: " + value + " in " + where);
                assertEquals(0, new BigDecimal(text).compareTo(value.decimalValue()), column + " of " + where);
            }
        });
    }

    /** RFC 4180 records: fields split on commas, "..." quoting with doubled quotes, lines ending in \n. */
    private static List<List<String>> csvLines(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertTrue(!quoted && field.isEmpty() && fields.isEmpty(), "CSV must end in a complete line: " + text);
        return lines;
    }
}
