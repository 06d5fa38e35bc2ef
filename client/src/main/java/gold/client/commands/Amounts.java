package gold.client.commands;

import java.math.BigDecimal;

/** Amount conversions of the bank commands: {@code --hours} multiplies a typed amount by 3600. */
final class Amounts {
    private Amounts() {
    }

    /** value × 3600 as Perl would compute it (text that is not a number counts as 0). */
    static String hours(String value) {
        return Gbalance.number(value).multiply(BigDecimal.valueOf(3600)).stripTrailingZeros().toPlainString();
    }
}
