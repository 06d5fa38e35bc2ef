package gold.t.commands;

import gold.t.Installation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays transcript steps on an installation: runs the step's program of the install tree with its
 * words and compares stdout, stderr and exit status exactly (after masking the step's day-dependent
 * date columns). A failure message shows the command, its line in the resource and both outputs.
 * On a database that does not keep insertion order (PostgreSQL returns updated rows last), the rows
 * of a step marked server-order are compared as a set: the first (header) lines and the same rows.
 */
final class TranscriptPlayer {
    private final Installation gold;
    private final String resource;
    private final Map<String, String> synopses;
    private final boolean insertionOrder;

    TranscriptPlayer(Installation gold, String resource) throws IOException {
        this(gold, resource, true);
    }

    TranscriptPlayer(Installation gold, String resource, boolean insertionOrder) throws IOException {
        this.gold = gold;
        this.resource = resource;
        this.synopses = Synopses.all();
        this.insertionOrder = insertionOrder;
    }

    void play(Transcript.Step step) throws IOException {
        List<String> words = step.words();
        Installation.Result r = gold.runWithInput(step.stdin(), words.get(0),
                words.subList(1, words.size()).toArray(String[]::new));
        String where = resource + ":" + step.line() + " $ " + step.commandLine() + "\n" + r;
        String expected = DayDependentDates.mask(step.expectedStdout(), step.dateColumns());
        String actual = DayDependentDates.mask(r.stdout(), step.dateColumns());
        if (step.serverOrder() && !insertionOrder) {
            expected = rowsInOrder(expected);
            actual = rowsInOrder(actual);
        }
        switch (step.mode()) {
            case EXACT -> assertEquals(expected, actual, "stdout of " + where);
            case PREFIX -> assertTrue(actual.startsWith(expected), "stdout must start with\n" + expected + "\n" + where);
            case SUFFIX -> assertTrue(actual.endsWith(expected), "stdout must end with\n" + expected + "\n" + where);
        }
        assertEquals(expectedStderr(step), r.stderr(), "stderr of " + where);
        assertEquals(step.exit(), r.exit(), "exit status of " + where);
    }

    /** The header lines (those before the first data row) kept, the data rows sorted. */
    private static String rowsInOrder(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int header = lines.size() > 1 && lines.get(1).matches("(-+ )+") ? 2 : 1;
        if (lines.size() > header) {
            Collections.sort(lines.subList(header, lines.size()));
        }
        return String.join("\n", lines) + "\n";
    }

    private String expectedStderr(Transcript.Step step) {
        String text = Transcript.lines(step.stderr());
        if (step.usage()) {
            String synopsis = synopses.get(step.program());
            if (synopsis == null) {
                throw new IllegalArgumentException("no synopsis for " + step.program());
            }
            text += Synopses.usage(synopsis);
        }
        return text;
    }
}
