package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurrencyFormatTest {
    @Test
    void roundsHalfToEvenOnTheBinaryValueLikeCPrintf() {
        assertEquals("2", CurrencyFormat.format(2.5, 0));
        assertEquals("4", CurrencyFormat.format(3.5, 0));
        // 0.125 is exact in binary: ties to even; 0.135 is slightly above in binary: rounds up
        assertEquals("0.12", CurrencyFormat.format(0.125, 2));
        assertEquals("0.14", CurrencyFormat.format(0.135, 2));
        // 2.675 is 2.67499999... in binary
        assertEquals("2.67", CurrencyFormat.format(2.675, 2));
    }

    @Test
    void negativeValuesRoundingToZeroKeepTheirSign() {
        assertEquals("-0.00", CurrencyFormat.format("-1", 3600, 2));
        assertEquals("-0", CurrencyFormat.format(-0.4, 0));
        assertEquals("0.00", CurrencyFormat.format("0", 3600, 2));
    }

    @Test
    void hoursDivideAndShowTwoDecimals() {
        assertEquals("100000.00", CurrencyFormat.format("360000000", 3600, 2));
        assertEquals("5.48", CurrencyFormat.format("19744", 3600, 2));
        assertEquals("129946", CurrencyFormat.format("129945.6", 1, 0));
    }

    @Test
    void emptyStaysEmptyAndTextPasses() {
        assertEquals("", CurrencyFormat.format("", 1, 0));
        assertEquals("n/a", CurrencyFormat.format("n/a", 1, 0));
    }
}
