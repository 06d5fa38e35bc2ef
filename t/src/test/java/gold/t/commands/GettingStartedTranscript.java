package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.stream.Stream;

/**
 * The classic getting-started sequence and every recorded transcript of the classic client
 * commands (and goldsh), replayed in one ordered session on a fresh database through the
 * built install tree and a real goldd (resource getting-started.txt). The steps build on each
 * other, so they run in file order, one dynamic test each; request and transaction ids match the
 * reference run. Subclasses choose the database; one goldd per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GettingStartedTranscript {
    private static final String RESOURCE = "getting-started.txt";
    private Installation gold;

    /** A new installation on the subclass's database, not started. */
    abstract Installation install() throws Exception;

    @BeforeAll
    void startServer() throws Exception {
        gold = install();
        gold.start();
    }

    @AfterAll
    void stopServer() {
        if (gold != null) {
            gold.close();
        }
    }

    /** Whether the database returns unsorted rows in insertion order (SQLite does, PostgreSQL not). */
    boolean insertionOrder() {
        return true;
    }

    @TestFactory
    Stream<DynamicTest> everyStepPrintsWhatTheReferenceRunPrinted() throws Exception {
        List<Transcript.Step> steps = Transcript.load(RESOURCE);
        TranscriptPlayer player = new TranscriptPlayer(gold, RESOURCE, insertionOrder());
        return steps.stream().map(step -> DynamicTest.dynamicTest(step.line() + ": " + step, () -> player.play(step)));
    }
}
