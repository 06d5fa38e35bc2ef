package gold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputLineTest {
    @Test
    void commentsAreRemovedEvenInsideQuotes() {
        assertEquals(Optional.of("User Query Description==\"a"), InputLine.command("User Query Description==\"a # b\""));
        assertEquals(Optional.empty(), InputLine.command("# a comment line"));
        assertEquals(Optional.empty(), InputLine.command("   \t # indented comment"));
    }

    @Test
    void whiteSpaceRunsCollapseToOneBlank() {
        assertEquals(Optional.of("User Modify Name==amy Description=\"x y\""),
                InputLine.command("  User\tModify   Name==amy Description=\"x  y\"  \r"));
        assertEquals(List.of("User", "Query"), InputLine.words(" User  Query "));
    }

    @Test
    void blankLinesAreSkipped() {
        assertEquals(Optional.empty(), InputLine.command(""));
        assertEquals(Optional.empty(), InputLine.command(" \t "));
    }

    @Test
    void onlyTheExactQuitWordsEndTheSession() {
        assertTrue(InputLine.isQuit("q"));
        assertTrue(InputLine.isQuit("quit"));
        assertTrue(InputLine.isQuit("  exit  # bye"));
        assertFalse(InputLine.isQuit("User Query Description==exit"));
        assertFalse(InputLine.isQuit("query"));
        assertFalse(InputLine.isQuit("Quit"));
        assertFalse(InputLine.isQuit("quit now"));
    }
}
