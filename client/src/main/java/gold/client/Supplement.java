package gold.client;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One occurrence of {@code --get}, {@code --set}, {@code --where}, {@code --option} or {@code --job}
 * with the {@code key=value} words that followed it. Keys the element does not
 * know are ignored; an occurrence without pairs adds nothing, except {@code --job}, which adds an
 * empty {@code <Job/>}.
 */
public record Supplement(OptionKind kind, Map<String, String> pairs) {
    /** A key, '=', and a value without double quotes or wrapped entirely in them (Perl \w for the key). */
    private static final Pattern PAIR = Pattern.compile("^(\\w+)=(([^\"]+)|\"([^\"]*)\")$");

    private static final Set<String> GET_KEYS = Set.of("name", "op", "object", "alias");
    private static final Set<String> SET_KEYS = Set.of("name", "value", "op");
    private static final Set<String> WHERE_KEYS = Set.of("name", "value", "op", "conj", "group", "object", "subject");
    private static final Set<String> OPTION_KEYS = Set.of("name", "value", "op");

    public Supplement {
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }

    /** Splits a {@code key=value} word, or returns null when the word ends the supplement. */
    static String[] pair(String word) {
        Matcher m = PAIR.matcher(word);
        if (!m.matches()) {
            return null;
        }
        return new String[] {m.group(1), m.group(3) != null ? m.group(3) : m.group(4)};
    }

    /** Adds this element to the request being built. */
    public void applyTo(Request.Builder b) {
        if (pairs.isEmpty() && kind != OptionKind.JOB) {
            return;
        }
        switch (kind) {
            case GET -> b.get(new Selection(v("object"), v("name"), v("op"), v("alias")));
            case SET -> b.set(new Assignment(v("name"), v("op"), v("value")));
            case WHERE -> b.where(new Condition(v("conj"), v("group"), v("object"), v("name"), v("op"),
                    v("subject"), v("value")));
            case OPTION -> b.option(new Option(v("name"), v("op"), v("value")));
            case JOB -> {
                Row.Builder row = new Row.Builder("Job");
                pairs.forEach(row::put);
                b.data(row.build());
            }
            default -> throw new IllegalStateException(kind + " is not a supplement");
        }
    }

    private String v(String key) {
        String value = pairs.get(key);
        return value == null ? "" : value;
    }

    /** Keeps only the keys this kind of element accepts (all keys for --job). */
    static Map<String, String> accepted(OptionKind kind, List<String[]> raw) {
        Set<String> keys = switch (kind) {
            case GET -> GET_KEYS;
            case SET -> SET_KEYS;
            case WHERE -> WHERE_KEYS;
            case OPTION -> OPTION_KEYS;
            default -> null;
        };
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String[] p : raw) {
            if (keys == null || keys.contains(p[0])) {
                pairs.put(p[0], p[1]);
            }
        }
        return pairs;
    }

    /** Applies every supplement, in command-line order. */
    public static void applyAll(List<Supplement> supplements, Request.Builder b) {
        for (Supplement s : new ArrayList<>(supplements)) {
            s.applyTo(b);
        }
    }
}
