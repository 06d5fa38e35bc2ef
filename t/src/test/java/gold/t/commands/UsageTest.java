package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help and usage errors of every client command on the built install tree:
 * {@code --help} prints "Usage:" and the command's verbatim synopsis (wrapped to 76 columns) on
 * stdout, then its options, and exits 0; every bad-usage case (resource bad-usage.txt) prints the
 * Getopt message and the usage on stderr and exits 2. No server runs: nothing of that sends a
 * request, and a command that does reports the refused connection (resource no-server.txt).
 */
class UsageTest {
    private static Installation gold;

    @BeforeAll
    static void install() throws Exception {
        gold = Installation.create(Map.of());
    }

    @AfterAll
    static void remove() {
        if (gold != null) {
            gold.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> helpOfEveryCommandPrintsItsSynopsis() throws Exception {
        return Synopses.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " --help", () -> {
            Installation.Result r = gold.run(e.getKey(), "--help");
            String usage = Synopses.usage(e.getValue());
            assertTrue(r.stdout().startsWith(usage + "Options:\n"), "help must start with\n" + usage + "\n" + r);
            assertEquals("", r.stderr(), r.toString());
            assertEquals(0, r.exit(), r.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> badUsageGivesTheGetoptMessageTheUsageAndStatus2() throws Exception {
        return replay("bad-usage.txt");
    }

    @TestFactory
    Stream<DynamicTest> withoutAServerTheConnectionFailureIsPrintedWithStatus22() throws Exception {
        return replay("no-server.txt");
    }

    private static Stream<DynamicTest> replay(String resource) throws Exception {
        List<Transcript.Step> steps = Transcript.load(resource);
        TranscriptPlayer player = new TranscriptPlayer(gold, resource);
        return steps.stream().map(step -> DynamicTest.dynamicTest(step.line() + ": " + step, () -> player.play(step)));
    }
}
