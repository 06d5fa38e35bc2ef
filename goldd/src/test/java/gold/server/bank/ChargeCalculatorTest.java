package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The charge formula and its itemized text (docs/bank.md, Charge computation). */
class ChargeCalculatorTest {
    private static JobData job(String... fields) {
        Row.Builder row = new Row.Builder("Job");
        for (int i = 0; i < fields.length; i += 2) {
            row.put(fields[i], fields[i + 1]);
        }
        return JobData.of(Request.builder("Job", "Charge").data(row.build()).build());
    }

    private static final ChargeRates RATES = new ChargeRates(List.of(new Rate("Resource", "Processors", 1),
            new Rate("Resource", "Memory", 0.001), new Rate("QualityOfService", "Premium", 2),
            new Rate("QualityOfService", "BottomFeeder", 0.5)));

    @Test
    void resourcesTimesWallTimeTimesMultipliers() {
        JobFields ja = new JobFields();
        ChargeCalculator.Result r = ChargeCalculator.compute(RATES, job("Processors", "16", "Memory", "2048",
                "QualityOfService", "Premium"), "1234", ja, Set.of("Processors", "QualityOfService"));
        assertEquals(44542.464, r.amount());
        assertEquals("( ( 2048 [Memory] * 0.001 [ChargeRate{Resource}{Memory}] ) + ( 16 [Processors] * 1"
                + " [ChargeRate{Resource}{Processors}] ) ) * 1234 [WallDuration] * 2"
                + " [ChargeRate{QualityOfService}{Premium}] = 44542.464", r.itemized());
        assertEquals(List.of("QualityOfService", "Processors"), List.copyOf(ja.asMap().keySet()));
        assertEquals("", r.warnings());
        assertEquals(3, r.used().size());
    }

    @Test
    void unknownMultiplierWarnsAndCountsAsOne() {
        ChargeCalculator.Result r = ChargeCalculator.compute(RATES, job("Processors", "2", "QualityOfService",
                "Gold"), "10", new JobFields(), Set.of());
        assertEquals(20.0, r.amount());
        assertEquals("\nWarning: ChargeRate for QualityOfService Gold is not defined", r.warnings());
    }

    @Test
    void externalChargeBypassesTheRates() {
        ChargeCalculator.Result r = ChargeCalculator.external("123.5", "");
        assertEquals(123.5, r.amount());
        assertEquals("123.5 [externally calculated] = 123.5", r.itemized());
        assertEquals("mine", ChargeCalculator.external("1", "mine").itemized());
    }
}
