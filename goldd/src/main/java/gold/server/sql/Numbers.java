package gold.server.sql;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers as the classic server printed them (Perl's %.15g): 100 not 100.0, 0.3 for 0.1+0.2,
 * 1e+20 for large values. Money is IEEE double end to end (docs/data-model.md, Data types).
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(15);

    private Numbers() {
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa.toPlainString() + "e" + sign + (abs < 10 ? "0" : "") + abs;
        }
        return rounded.toPlainString();
    }

    /** Renders a JDBC value: integers as is, decimals through {@link #format(double)}. */
    public static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof BigDecimal bd) {
            BigDecimal stripped = bd.stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : format(bd.doubleValue());
        }
        if (value instanceof Number n) {
            return format(n.doubleValue());
        }
        return value.toString();
    }
}
