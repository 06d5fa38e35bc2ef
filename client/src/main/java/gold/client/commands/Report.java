package gold.client.commands;

import gold.client.CurrencyFormat;
import gold.client.Invocation;
import gold.protocol.Response;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Layout pieces of the gstatement and gusage reports: rules, banners, ctime stamps, sums. */
final class Report {
    static final String RULE = "#".repeat(80);
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private Report() {
    }

    /** An 80-column banner such as {@code ##### Credit Detail ####...}. */
    static String banner(String title) {
        return "#".repeat(31) + " " + title + " " + "#".repeat(Math.max(0, 80 - 33 - title.length()));
    }

    /** C ctime() of now in the local zone, without the newline. */
    static String ctime(Invocation inv) {
        return ZonedDateTime.ofInstant(inv.times().instant(), inv.times().zone()).format(CTIME);
    }

    /** The first value of a field of a one-row aggregate reply, 0 when absent or empty. */
    static BigDecimal sum(Response r, String field) {
        if (r.data().isEmpty()) {
            return BigDecimal.ZERO;
        }
        return Gbalance.number(Members.value(r.data().get(0), field));
    }

    /** A line of the report outside its records: stdout, or stderr when stdout holds JSON or CSV. */
    static void line(Invocation inv, String text) {
        var stream = inv.renderer().options().format().records() ? inv.session().err() : inv.session().out();
        stream.print(text);
        stream.print('\n');
    }

    /** Ends a report after a failed query: {@code Aborting account statement: <message>} (gusage too, as classic). */
    static int abort(Invocation inv, Response failed) {
        line(inv, "Aborting account statement: " + failed.message());
        return failed.exitStatus();
    }

    /** printf("%20.Pf", value / division). */
    static String amount(BigDecimal value, int division, int precision) {
        String text = CurrencyFormat.format(value.doubleValue() / division, precision);
        return " ".repeat(Math.max(0, 20 - text.length())) + text;
    }
}
