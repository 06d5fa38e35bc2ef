package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Row;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeValuesTest {
    private final TimeValues utc = new TimeValues(Clock.fixed(Instant.parse("2026-11-22T03:52:17Z"), ZoneId.of("UTC")));
    private final TimeValues berlin = new TimeValues(Clock.fixed(Instant.parse("2026-11-22T03:52:17Z"),
            ZoneId.of("Europe/Berlin")));

    @Test
    void humanFormsBecomeEpochSeconds() {
        assertEquals("0", utc.toWire("-infinity"));
        assertEquals("2147483647", utc.toWire("infinity"));
        assertEquals("1795319537", utc.toWire("now"));
        assertEquals("1104537600", utc.toWire("2005-01-01"));
        assertEquals("1104534000", berlin.toWire("2005-01-01"));
        assertEquals("1893499200", utc.toWire("2030-01-01 12:00:00"));
        assertEquals("1104537600", utc.toWire("from 2005-01-01T00"));
        assertEquals("1234", utc.toWire("1234"));
    }

    @Test
    void datesAfter2038Work() {
        assertEquals("4102444800", utc.toWire("2100-01-01"));
        assertEquals("2100-01-01", utc.fromWire("4102444800"));
    }

    @Test
    void epochSecondsBecomeLocalDatesWithTimeOnlyWhenNotMidnight() {
        assertEquals("-infinity", utc.fromWire("0"));
        assertEquals("infinity", utc.fromWire("2147483647"));
        assertEquals("2005-01-01", utc.fromWire("1104537600"));
        assertEquals("2026-11-22 03:52:17", utc.fromWire("1795319537"));
        assertEquals("abc", utc.fromWire("abc"));
        assertEquals("-5", utc.fromWire("-5"));
    }

    @Test
    void onlyTimeNamedElementsOfARequestAreConverted() {
        Request r = Request.builder("Allocation", "Query")
                .where(Condition.of("StartTime", "LE", "now"))
                .where(Condition.of("Name", "", "now"))
                .option("Time", "2005-01-01")
                .set("EndTime", "infinity")
                .data(new Row.Builder("Job").put("StartTime", "-infinity").put("JobId", "now").build())
                .build();
        Request w = utc.toWire(r);
        assertEquals("1795319537", w.conditions().get(0).value());
        assertEquals("now", w.conditions().get(1).value());
        assertEquals("1104537600", w.option("Time"));
        assertEquals("2147483647", w.assignments().get(0).value());
        assertEquals("0", w.data().get(0).get("StartTime"));
        assertEquals("now", w.data().get(0).get("JobId"));
    }
}
