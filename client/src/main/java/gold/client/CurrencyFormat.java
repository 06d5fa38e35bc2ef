package gold.client;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Currency columns and their formatting as C {@code printf("%.Pf", v / division)} does it on the
 * binary double: round half to even on the exact binary value, and a negative value that rounds to
 * zero keeps its minus sign ({@code -0.00}), which BigDecimal would drop.
 */
public final class CurrencyFormat {
    /** The column names formatted as currency (by element name, so aliases count). */
    public static final Set<String> COLUMNS = Set.of("Delta", "CreditLimit", "Amount", "Deposited", "Charge",
            "Balance", "Reserved", "Available");

    private CurrencyFormat() {
    }

    public static boolean isCurrency(String column) {
        return COLUMNS.contains(column);
    }

    /** Formats a value; empty stays empty, text that is not a number passes unchanged. */
    public static String format(String value, int division, int precision) {
        if (value.isEmpty()) {
            return "";
        }
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
        return format(d / division, precision);
    }

    /** C printf {@code %.Pf} of a double. */
    public static String format(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : (d > 0 ? "inf" : "-inf");
        }
        BigDecimal rounded = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN);
        String text = rounded.toPlainString();
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        if (negative && rounded.signum() == 0) {
            return "-" + text;
        }
        return text;
    }

    /** The value as a number for JSON, or null when it is empty or not numeric. */
    public static BigDecimal decimal(String value, int division, int precision) {
        String text = format(value, division, precision);
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
