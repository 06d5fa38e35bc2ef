package gold.t;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example catalogue of the classic goldsh documentation, run against a real goldd: the set-up script through piped goldsh,
 * then every entry of the catalogue (shell/src/test/resources/gold/shell/catalogue) in order, each
 * compared for stdout, stderr and exit status. A database that does not return unsorted rows in
 * insertion order (PostgreSQL after updates) is held to the same lines in any order for the entries
 * that do not sort (no Sort( or Tros( in the command). Subclasses choose the database; one goldd per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldshCatalogue {
    static final Path DIR = Path.of("../shell/src/test/resources/gold/shell/catalogue");

    record Entry(int line, String command, String stdout, String stderr, int exit) {
        boolean sorts() {
            return command.contains("Sort(") || command.contains("Tros(");
        }
    }

    private Installation gold;

    /** A new installation on the subclass's database, not started. */
    abstract Installation install() throws Exception;

    /** Whether the database returns unsorted rows in insertion order (SQLite does, PostgreSQL not). */
    abstract boolean insertionOrder();

    /** Starts goldd on a fresh database of the tree and runs the set-up script. */
    @BeforeAll
    void setUp() throws Exception {
        gold = install();
        gold.start();
        Installation.Result setup = gold.runWithInput(Files.readString(DIR.resolve("setup.gold")), "goldsh");
        assertEquals(0, setup.exit(), setup.toString());
    }

    @AfterAll
    void stop() {
        if (gold != null) {
            gold.close();
        }
    }

    @TestFactory
    List<DynamicTest> everyCatalogueEntryGivesItsDocumentedOutput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry e : parse(Files.readAllLines(DIR.resolve("catalogue.txt")))) {
            tests.add(DynamicTest.dynamicTest("line " + e.line() + ": " + e.command(), () -> {
                Installation.Result r = gold.shell(e.command());
                if (insertionOrder() || e.sorts()) {
                    assertEquals(e.stdout(), r.stdout(), e.command() + "\n" + r);
                } else {
                    assertEquals(sortedLines(e.stdout()), sortedLines(r.stdout()), e.command() + "\n" + r);
                }
                assertEquals(e.stderr(), r.stderr(), e.command() + "\n" + r);
                assertEquals(e.exit(), r.exit(), e.command() + "\n" + r);
            }));
        }
        return tests;
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    /** "$ command", then stdout lines ("2> " lines are stderr) up to "[rc=N]"; "#" lines between entries. */
    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String admin = Installation.admin();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            int start = i + 1;
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            i++;
            while (!lines.get(i).matches("\\[rc=\\d+]")) {
                String l = lines.get(i).replace("@ADMIN@", admin);
                if (l.startsWith("2> ")) {
                    err.append(l.substring(3)).append('\n');
                } else {
                    out.append(l).append('\n');
                }
                i++;
            }
            int rc = Integer.parseInt(lines.get(i).replaceAll("\\D", ""));
            entries.add(new Entry(start, line.substring(2), out.toString(), err.toString(), rc));
        }
        return entries;
    }
}
