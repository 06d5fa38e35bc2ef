package gold.protocol;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A gold.conf / goldd.conf file (docs/configuration.md, Syntax): Java-properties syntax ({@code key = value},
 * {@code key: value}, {@code key value}, {@code #}/{@code !} comments, backslash continuation),
 * case-sensitive keys, trailing white space of values ignored. Booleans follow the classic rule: a value
 * is true when it contains "true" in any case. Immutable.
 */
public final class GoldConfig {
    private final Map<String, String> values;

    private GoldConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Reads a configuration file (UTF-8); a missing or unreadable file is an IOException. */
    public static GoldConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k).stripTrailing());
        }
        return new GoldConfig(m);
    }

    public static GoldConfig of(Map<String, String> values) {
        return new GoldConfig(values);
    }

    public static GoldConfig empty() {
        return new GoldConfig(Map.of());
    }

    /** The value of {@code key}, or {@code def} when the key is absent. */
    public String get(String key, String def) {
        String v = values.get(key);
        return v == null ? def : v;
    }

    /** Classic /true/i rule: present and containing "true" in any case; {@code def} when absent. */
    public boolean flag(String key, boolean def) {
        String v = values.get(key);
        return v == null ? def : v.toLowerCase(Locale.ROOT).contains("true");
    }

    /** The integer value, or {@code def} when absent or not an integer. */
    public int integer(String key, int def) {
        String v = values.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Every key and value, sorted by key, unmodifiable. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A copy with one key changed (tests, command-line overrides). */
    public GoldConfig with(String key, String value) {
        Map<String, String> m = new TreeMap<>(values);
        m.put(key, value);
        return new GoldConfig(m);
    }

    @Override
    public String toString() {
        return "GoldConfig" + values.keySet();
    }
}
