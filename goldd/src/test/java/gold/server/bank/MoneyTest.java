package gold.server.bank;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Number rendering and formatting of docs/bank.md, Numbers. */
class MoneyTest {

    @Test
    void textRendersLikePerlWithFifteenSignificantDigits() {
        assertEquals("19744", Money.text(19744));
        assertEquals("44542.464", Money.text(44542.464));
        assertEquals("129945.6", Money.text((16 * 1 + 2048 * 0.001) * 3600 * 2));
        assertEquals("0.001", Money.text(0.001));
        assertEquals("-825736000", Money.text(-825736000.0));
        assertEquals("0.1", Money.text(0.1 + 0.2 - 0.2));
        assertEquals("0.3", Money.text(0.1 + 0.2));
        assertEquals("1e+15", Money.text(1e15));
        assertEquals("1.5e-05", Money.text(0.000015));
        assertEquals("0", Money.text(-0.0));
    }

    @Test
    void formattedRoundsHalfToEvenAndKeepsNegativeZero() {
        assertEquals("0", Money.formatted(0.5, 0, false));
        assertEquals("2", Money.formatted(1.5, 0, false));
        assertEquals("2", Money.formatted(2.5, 0, false));
        assertEquals("129946", Money.formatted(129945.6, 0, false));
        assertEquals("44542", Money.formatted(44542.464, 0, false));
        assertEquals("-0", Money.formatted(-0.2, 0, false));
        assertEquals("8965458", Money.formatted(8965457.536, 0, false));
        assertEquals("16.00", Money.formatted(57600, 2, true));
        assertEquals("0.50", Money.formatted(1800, 2, true));
        assertEquals("12.35", Money.formatted(12.345000000000001, 2, false));
    }

    @Test
    void numberReadsTheLeadingNumberLikePerl() {
        assertEquals(16, Money.number("16"));
        assertEquals(0, Money.number("abc"));
        assertEquals(3, Money.number("3x"));
        assertEquals(-2.5, Money.number(" -2.5 "));
        assertEquals(1e7, Money.number("1.0E7"));
        assertEquals(0, Money.number(""));
        assertEquals(0.5, Money.number(".5"));
    }

    @Test
    void countIsTheFormattedAmountAsAWholeNumber() {
        assertEquals(129946, Money.count("129946"));
        assertEquals(16, Money.count("16.00"));
        assertEquals(0, Money.count("-0"));
    }
}
