package gold.shell;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names goldsh completes on the terminal: object names, and per object its action and attribute
 * names, as the server's Object, Action and Attribute tables list them. Immutable; empty when the
 * server could not be asked.
 */
public record Metadata(SortedSet<String> objects, Map<String, SortedSet<String>> actions,
                       Map<String, SortedSet<String>> attributes) {
    public Metadata {
        objects = Collections.unmodifiableSortedSet(new TreeSet<>(objects));
        actions = copy(actions);
        attributes = copy(attributes);
    }

    public static Metadata empty() {
        return new Metadata(new TreeSet<>(), Map.of(), Map.of());
    }

    public SortedSet<String> actionsOf(String object) {
        return actions.getOrDefault(object, Collections.emptySortedSet());
    }

    public SortedSet<String> attributesOf(String object) {
        return attributes.getOrDefault(object, Collections.emptySortedSet());
    }

    private static Map<String, SortedSet<String>> copy(Map<String, SortedSet<String>> map) {
        TreeMap<String, SortedSet<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    /** Options every action understands and users type often. */
    public static final List<String> COMMON_OPTIONS = List.of(
            "Data", "Limit", "NoRefresh", "Offset", "Show", "ShowHidden", "ShowUsage", "Time", "Unique");
}
