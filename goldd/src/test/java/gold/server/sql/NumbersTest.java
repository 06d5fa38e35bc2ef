package gold.server.sql;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {
    @Test
    void doublesPrintAsTheClassicServerPrintedThem() {
        assertEquals("100", Numbers.format(100.0));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("44542.464", Numbers.format(44542.464));
        assertEquals("-19744", Numbers.format(-19744.0));
        assertEquals("1e+20", Numbers.format(1e20));
        assertEquals("1.5e-05", Numbers.format(0.000015));
        assertEquals("0", Numbers.format(-0.0));
    }

    @Test
    void jdbcValuesRenderWithoutSpuriousDecimals() {
        assertEquals("", Numbers.render(null));
        assertEquals("7", Numbers.render(7L));
        assertEquals("12", Numbers.render(new BigDecimal("12.000")));
        assertEquals("2.5", Numbers.render(new BigDecimal("2.50")));
        assertEquals("text", Numbers.render("text"));
    }
}
