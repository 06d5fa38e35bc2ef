package gold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue of expected outputs handed to the system tests (catalogue/catalogue.txt) is well
 * formed, and the parser agrees with it: every command expected to reach the server parses, every
 * command expected to fail with a syntax error fails with exactly the expected stderr line.
 */
class CatalogueTest {
    private static final Pattern ONE_COMMAND = Pattern.compile("\\$ goldsh (?:-\\S+ )*'([^']*)'");

    private record Entry(String command, List<String> stdout, List<String> stderr, int status) { }

    private static List<Entry> entries() throws IOException {
        String text;
        try (InputStream in = CatalogueTest.class.getResourceAsStream("catalogue/catalogue.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> entries = new ArrayList<>();
        String command = null;
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (command == null) {
                if (line.startsWith("$ ")) {
                    command = line;
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    throw new IllegalStateException("line outside an entry: " + line);
                }
            } else if (line.matches("\\[rc=\\d+]")) {
                entries.add(new Entry(command, List.copyOf(out), List.copyOf(err),
                        Integer.parseInt(line.substring(4, line.length() - 1))));
                command = null;
                out.clear();
                err.clear();
            } else if (line.startsWith("2> ")) {
                err.add(line.substring(3));
            } else {
                out.add(line);
            }
        }
        if (command != null) {
            throw new IllegalStateException("entry without [rc=N]: " + command);
        }
        return entries;
    }

    @Test
    void everyEntryHasACommandAndAStatus() throws IOException {
        List<Entry> entries = entries();
        assertTrue(entries.size() >= 50, "entries: " + entries.size());
        for (Entry e : entries) {
            assertTrue(e.command().contains("goldsh"), e.command());
            for (String line : e.stdout()) {
                assertTrue(!line.startsWith("$ "), "an entry ran into the next: " + e.command());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> theParserAgreesWithTheCatalogue() throws IOException {
        CommandParser parser = new CommandParser();
        return entries().stream().map(e -> Pair.of(e, ONE_COMMAND.matcher(e.command())))
                .filter(p -> p.matcher().matches())
                .map(p -> DynamicTest.dynamicTest(p.entry().command(), () -> {
                    String command = p.matcher().group(1);
                    Entry e = p.entry();
                    boolean syntaxError = e.status() == 31 && e.stderr().size() == 1 && e.stdout().isEmpty();
                    if (syntaxError) {
                        CommandSyntaxException x = assertThrows(CommandSyntaxException.class, () -> parser.parse(command));
                        assertEquals(e.stderr().get(0), x.getMessage());
                    } else {
                        parser.parse(command);
                    }
                }));
    }

    private record Pair(Entry entry, Matcher matcher) {
        static Pair of(Entry e, Matcher m) {
            return new Pair(e, m);
        }
    }
}
