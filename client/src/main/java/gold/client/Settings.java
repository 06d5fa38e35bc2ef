package gold.client;

import gold.protocol.config.Setting;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read access to the client configuration (docs/configuration.md, gold.conf) as the commands need
 * it: a value, a flag tested the classic way (contains "true", any case), an integer. The launcher
 * backs it with the protocol module's config reader; tests with a map. Typed reads go through the
 * client registry ({@code gold.protocol.client.ClientKeys}) with {@link #get(Setting)}.
 */
public interface Settings {
    /** The configured value, empty when the key is absent. */
    Optional<String> value(String key);

    /** The typed value of a gold.conf setting; the default when absent or invalid (silently, as the classic clients). */
    default <T> T get(Setting<T> setting) {
        return setting.valueOf(value(setting.key()).orElse(null), invalid -> { });
    }

    default String get(String key, String fallback) {
        return value(key).orElse(fallback);
    }

    default boolean flag(String key, boolean fallback) {
        return value(key).map(v -> v.toLowerCase(Locale.ROOT).contains("true")).orElse(fallback);
    }

    /** An integer value; a malformed value falls back (the classic Perl would read it as 0 or its digits). */
    default int integer(String key, int fallback) {
        Optional<String> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.get().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return key -> Optional.ofNullable(copy.get(key));
    }

    static Settings of(Function<String, Optional<String>> lookup) {
        return lookup::apply;
    }
}
