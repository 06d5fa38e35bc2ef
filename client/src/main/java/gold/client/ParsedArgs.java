package gold.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of {@link GetoptParser}: option values keyed by the option's primary name (the last
 * occurrence wins), flag counts, {@code -X} maps, the supplements in command-line order and the
 * positional arguments in order. Commands may override values (a positional that stands for an
 * option) with {@link #put}.
 */
public final class ParsedArgs {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> flags = new HashMap<>();
    private final Map<String, TreeMap<String, String>> maps = new HashMap<>();
    private final List<Supplement> supplements = new ArrayList<>();
    private final List<String> positionals = new ArrayList<>();

    void setValue(String name, String value) {
        values.put(name, value);
    }

    void countFlag(String name) {
        flags.merge(name, 1, Integer::sum);
    }

    void putMap(String name, String key, String value) {
        maps.computeIfAbsent(name, k -> new TreeMap<>()).put(key, value);
    }

    void addSupplement(Supplement s) {
        supplements.add(s);
    }

    void addPositional(String word) {
        positionals.add(word);
    }

    /** The value of a string or integer option, empty when it was not given. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a string or integer option, "" when it was not given. */
    public String get(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    /** True when the option was given (with any value, even ""). */
    public boolean given(String name) {
        return values.containsKey(name) || flags.containsKey(name);
    }

    /** True when the flag was given at least once. */
    public boolean flag(String name) {
        return flags.containsKey(name);
    }

    /** Replaces an option value, e.g. with the positional argument that stands for it. */
    public void put(String name, String value) {
        values.put(name, value);
    }

    /** The accumulated {@code key=value} pairs of a map option, in ascending key order. */
    public Map<String, String> map(String name) {
        TreeMap<String, String> m = maps.get(name);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    public List<Supplement> supplements() {
        return Collections.unmodifiableList(supplements);
    }

    public List<String> positionals() {
        return Collections.unmodifiableList(positionals);
    }
}
