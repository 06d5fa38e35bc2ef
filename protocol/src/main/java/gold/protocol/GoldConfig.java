package gold.protocol;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

import gold.protocol.config.Setting;

/**
 * A gold.conf / goldd.conf file (docs/configuration.md, Syntax): Java-properties syntax ({@code key = value},
 * {@code key: value}, {@code key value}, {@code #}/{@code !} comments, backslash continuation),
 * case-sensitive keys, trailing white space of values ignored. Booleans follow the classic rule: a value
 * is true when it contains "true" in any case. Typed reads go through {@link #get(Setting)}; a value that
 * does not parse gives the default and a warning to the invalid-value sink (the log unless
 * {@link #reportingInvalidTo} sets another). Immutable.
 */
public final class GoldConfig {
    private static final Logger LOG = Logger.getLogger(GoldConfig.class.getName());

    private final Map<String, String> values;
    private final Consumer<String> onInvalid;

    private GoldConfig(Map<String, String> values) {
        this(values, LOG::warning);
    }

    private GoldConfig(Map<String, String> values, Consumer<String> onInvalid) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.onInvalid = onInvalid;
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

    /** The typed value of a setting: its default when absent or invalid (the invalid value reported). */
    public <T> T get(Setting<T> setting) {
        return setting.valueOf(values.get(setting.key()), onInvalid);
    }

    /**
     * The typed value of a setting whose bad value must stop the program (a policy a typo would change):
     * the default when absent, an {@link gold.protocol.config.InvalidSettingException} when invalid.
     */
    public <T> T require(Setting<T> setting) {
        String raw = values.get(setting.key());
        return raw == null ? setting.defaultValue() : setting.parse(raw);
    }

    /** The same values, invalid ones reported to {@code sink} instead of the log (clients: silently ignored). */
    public GoldConfig reportingInvalidTo(Consumer<String> sink) {
        return new GoldConfig(values, sink);
    }

    /** The value of {@code key}, or {@code def} when the key is absent. */
    public String get(String key, String def) {
        String v = values.get(key);
        return v == null ? def : v;
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
        return new GoldConfig(m, onInvalid);
    }

    @Override
    public String toString() {
        return "GoldConfig" + values.keySet();
    }
}
