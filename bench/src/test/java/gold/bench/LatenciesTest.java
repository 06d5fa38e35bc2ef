package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatenciesTest {
    private static Latencies millis(int... values) {
        Latencies l = new Latencies();
        for (int v : values) {
            l.add(v * 1_000_000L);
        }
        return l;
    }

    @Test
    void percentilesAreNearestRankSamples() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L);
        }
        assertEquals(50.0, l.percentileMillis(50));
        assertEquals(90.0, l.percentileMillis(90));
        assertEquals(99.0, l.percentileMillis(99));
        assertEquals(100.0, l.maxMillis());
        assertEquals(1.0, l.minMillis());
        assertEquals(100, l.count());
    }

    @Test
    void smallSampleRoundsTheRankUp() {
        Latencies l = millis(10, 30, 20);
        assertEquals(20.0, l.medianMillis());
        assertEquals(30.0, l.percentileMillis(90));
        assertEquals(10.0, l.percentileMillis(1));
    }

    @Test
    void mergedRecordersGiveTheSamePercentilesAsOne() {
        Latencies a = millis(1, 2, 3, 4, 5);
        Latencies b = millis(6, 7, 8, 9, 10);
        a.addAll(b);
        assertEquals(10, a.count());
        assertEquals(5.0, a.medianMillis());
        assertEquals(9.0, a.percentileMillis(90));
    }

    @Test
    void emptyRecorderReportsZeroAndBadPercentilesAreRefused() {
        Latencies l = new Latencies();
        assertEquals(0.0, l.percentileMillis(99));
        assertEquals(0.0, l.minMillis());
        assertThrows(IllegalArgumentException.class, () -> l.percentileMillis(0));
        assertThrows(IllegalArgumentException.class, () -> l.percentileMillis(101));
    }

    @Test
    void tablesEscapePipesAndCheckRowWidth() {
        String md = new Markdown().table(List.of("a", "b"), List.of(List.of("x|y", "1"))).toString();
        assertTrue(md.contains("| x\\|y | 1 |"), md);
        assertThrows(IllegalArgumentException.class,
                () -> new Markdown().table(List.of("a", "b"), List.of(List.of("only one"))));
    }
}
