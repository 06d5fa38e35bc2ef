package gold.shell;

import gold.protocol.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a {@code Show:=} option: a comma-separated list of {@code Name}, {@code Object.Name},
 * {@code Op(Name)} or {@code Op(Object.Name)}, each becoming one {@code <Get>}.
 * The item pattern is searched, not anchored, exactly as the classic shell did, so that the same
 * lists are accepted; the aggregate names themselves are validated by the server.
 */
final class SelectionList {
    private static final Pattern ITEM = Pattern.compile("([\\w.]+$)|(\\w+)\\(([\\w.]+)\\)");

    private SelectionList() {
    }

    static List<Selection> parse(String value) {
        List<Selection> selections = new ArrayList<>();
        // String.split drops trailing empty items and keeps inner ones, as Perl's split does.
        for (String item : value.split(",")) {
            Matcher m = ITEM.matcher(item);
            if (!m.find()) {
                throw CommandSyntaxException.malformed("The selection is malformed (" + item + ").");
            }
            String op = m.group(1) != null ? "" : m.group(2);
            String qualified = m.group(1) != null ? m.group(1) : m.group(3);
            int dot = qualified.indexOf('.');
            String object = dot < 0 ? "" : qualified.substring(0, dot);
            String name = dot < 0 ? qualified : qualified.substring(dot + 1);
            selections.add(new Selection(object, name, op, ""));
        }
        return selections;
    }
}
