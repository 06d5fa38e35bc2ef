package gold.client.commands;

import gold.client.Invocation;
import gold.protocol.config.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The column list of a list command: {@code --show} replaces it; otherwise the
 * gold.conf key (its default in the client registry), with the hidden columns appended for {@code --showHidden}.
 * Pseudo-columns are recognised by substring regular expressions, as the classic clients do.
 */
final class Columns {
    private Columns() {
    }

    static List<String> resolve(Invocation inv, Setting<String> configured, String hiddenSuffix) {
        String show;
        if (inv.args().given("show")) {
            show = inv.args().get("show");
        } else {
            show = inv.settings().get(configured);
            if (inv.args().flag("showHidden")) {
                show = show + hiddenSuffix;
            }
        }
        return split(show);
    }

    /** Perl split on ',' (trailing empty fields dropped). */
    static List<String> split(String show) {
        if (show.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(show.split(",")));
    }

    /** True when the regular expression matches anywhere in the text. */
    static boolean matches(String regex, String text) {
        return Pattern.compile(regex).matcher(text).find();
    }

    /** The first column containing the word, or "" when none does. */
    static String firstContaining(List<String> columns, String word) {
        for (String c : columns) {
            if (c.contains(word)) {
                return c;
            }
        }
        return "";
    }

    /** The show list as one string, as the classic code matches against it. */
    static String joined(List<String> columns) {
        return String.join(",", columns);
    }
}
