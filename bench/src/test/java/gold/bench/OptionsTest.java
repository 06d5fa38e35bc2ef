package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionsTest {
    @Test
    void everyScaleStepHasItsOwnJournalSize() {
        assertEquals(List.of(10_000L, 100_000L, 1_000_000L), Options.parse(new String[0]).journalSteps());
        assertEquals(List.of(20_000L), Options.parse(new String[] {"--quick"}).journalSteps());
        assertEquals(List.of(5_000L, 50_000L), Options.parse(new String[] {"--scale", "100,1000", "--journal", "50000"}).journalSteps());
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--fast"}));
    }
}
