package gold.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.Response;

import org.junit.jupiter.api.Test;

/** How a reply's code sorts into what the hooks do: pay, hold for funds, retry later, or give up. */
class GoldOutcomeTest {
    private static Gold.Kind kind(String code) {
        return Gold.Outcome.of(Response.failure(code, "")).kind();
    }

    @Test
    void theCodesSortIntoKinds() {
        assertEquals(Gold.Kind.OK, Gold.Outcome.of(Response.success("Successfully charged")).kind());
        assertEquals(Gold.Kind.INSUFFICIENT, kind("782"));
        assertEquals(Gold.Kind.INSUFFICIENT, kind("784"));
        for (String code : new String[] {"212", "214", "222", "224", "250"}) {
            assertEquals(Gold.Kind.UNREACHABLE, kind(code), code);
        }
        for (String code : new String[] {"226", "314", "424", "444", "720", "730", "740"}) {
            assertEquals(Gold.Kind.REFUSED, kind(code), code);
        }
    }
}
