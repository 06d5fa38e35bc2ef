package gold.client.commands;

import gold.client.ParsedArgs;
import java.math.BigDecimal;
import java.util.Optional;

/** Amount conversions of the bank commands: {@code --hours} multiplies a typed amount by 3600. */
final class Amounts {
    private Amounts() {
    }

    /** The amount of the option as typed, × 3600 with --hours. */
    static Optional<String> typed(ParsedArgs a, String option) {
        return a.value(option).map(v -> a.flag("hours") ? hours(v) : v);
    }

    /** value × 3600 as Perl would compute it (text that is not a number counts as 0). */
    private static String hours(String value) {
        return Gbalance.number(value).multiply(BigDecimal.valueOf(3600)).stripTrailingZeros().toPlainString();
    }
}
