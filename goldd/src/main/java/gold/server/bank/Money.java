package gold.server.bank;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the bank writes numbers (docs/bank.md, Numbers). Amounts are IEEE doubles end to end and
 * are never rounded when stored; {@link #text} renders a value the way the classic server wrote it
 * into SQL, journal details and itemized charges ({@code %.15g}: 15 significant digits, no trailing
 * zeros), and {@link #formatted} is the rounded form shown in response counts and messages.
 */
public final class Money {
    private static final MathContext FIFTEEN = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Seconds per hour: ShowHours divides every formatted amount by this. */
    public static final double HOUR = 3600;

    private Money() {
    }

    /** {@code %.15g}-style rendering: "19744", "44542.464", "0.001"; exponent outside [1e-4, 1e15). */
    public static String text(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "Inf" : "-Inf");
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(FIFTEEN);
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal stripped = rounded.stripTrailingZeros();
        if (exponent >= -4 && exponent < 15) {
            return stripped.toPlainString();
        }
        // %g's exponent form: mantissa without trailing zeros, then e+XX / e-XX with at least two digits
        BigDecimal mantissa = stripped.movePointLeft(exponent);
        String exp = String.format("%02d", Math.abs(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /**
     * {@code sprintf("%.<p>f", v / d)} with C rounding of the exact binary value (ties to even) and
     * the sign kept on negative values that round to zero ("-0").
     */
    public static String formatted(double v, int precision, boolean hours) {
        double value = hours ? v / HOUR : v;
        BigDecimal scaled = new BigDecimal(value).setScale(Math.max(precision, 0), RoundingMode.HALF_EVEN);
        String s = scaled.toPlainString();
        if ((value < 0 || (value == 0 && 1 / value < 0)) && scaled.signum() == 0) {
            return "-" + s;
        }
        return s;
    }

    /**
     * The Count of a bank response: the formatted amount as a whole number (the wire Count is an
     * integer; with decimals the value is rounded half-even, the message keeps the exact text).
     */
    public static long count(String formatted) {
        return new BigDecimal(formatted).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * Perl's numeric reading of a string: the longest leading decimal number, 0 when there is none
     * ("16" is 16, "abc" is 0, "3x" is 3).
     */
    public static double number(String s) {
        if (s == null) {
            return 0;
        }
        String t = s.strip();
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        while (i < n && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
            }
        }
        if (i == digitsStart || (i == digitsStart + 1 && t.charAt(digitsStart) == '.')) {
            return 0;
        }
        int end = i;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
                j++;
            }
            int expDigits = j;
            while (j < n && Character.isDigit(t.charAt(j))) {
                j++;
            }
            if (j > expDigits) {
                end = j;
            }
        }
        return Double.parseDouble(t.substring(0, end));
    }
}
