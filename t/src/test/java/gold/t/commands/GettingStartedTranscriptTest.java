package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The getting-started sequence of commands.md 6.2 and every observed transcript of commands.md
 * sections 2-4, replayed in one ordered session on a fresh database through the built install tree
 * and a real goldd (resource getting-started.txt). The steps build on each other, so they run in
 * file order as one dynamic test each; request and transaction ids match the reference run.
 */
class GettingStartedTranscriptTest {
    private static final String RESOURCE = "getting-started.txt";
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        gold = Installation.create(Map.of());
        gold.start();
    }

    @AfterAll
    static void stopServer() {
        if (gold != null) {
            gold.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStepPrintsWhatTheReferenceRunPrinted() throws Exception {
        List<Transcript.Step> steps = Transcript.load(RESOURCE);
        TranscriptPlayer player = new TranscriptPlayer(gold, RESOURCE);
        return steps.stream().map(step -> DynamicTest.dynamicTest(step.line() + ": " + step, () -> player.play(step)));
    }
}
