package gold.protocol.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One configuration key: its name, how its text becomes a value, its default and what it means.
 * The registries ({@link SharedKeys}, the client's and the server's) hold one constant per key, so
 * each key is defined once and docs/configuration.md and the shipped etc/*.conf comments are
 * generated from them. A value that does not parse is never fatal: the default is used and the
 * reader's warning sink is told why (goldd logs it; the classic clients read bad values silently).
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

    private final String key;
    private final T defaultValue;
    private final String defaultText;
    private final String description;
    private final Function<String, T> parser;

    private Setting(String key, T defaultValue, String defaultText, String description, Function<String, T> parser) {
        this.key = Objects.requireNonNull(key, "key");
        this.defaultValue = defaultValue;
        this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
        this.description = Objects.requireNonNull(description, "description");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A boolean by the classic rule: true when the value contains "true" in any case ({@code untrue} too). */
    public static Setting<Boolean> flag(String key, boolean def, String description) {
        return new Setting<>(key, def, "`" + def + "`", description,
                text -> text.toLowerCase(Locale.ROOT).contains("true"));
    }

    /** A text value, leading and trailing white space removed; an empty value stays empty. */
    public static Setting<String> text(String key, String def, String description) {
        return new Setting<>(key, def, def.isEmpty() ? "none" : "`" + def + "`", description, String::strip);
    }

    /** A text value that must match {@code pattern} (after stripping); {@code rule} says what is expected. */
    public static Setting<String> matching(String key, String def, Pattern pattern, String rule, String description) {
        return new Setting<>(key, def, "`" + def + "`", description, text -> {
            String v = text.strip();
            if (!pattern.matcher(v).matches()) {
                throw new IllegalArgumentException(rule);
            }
            return v;
        });
    }

    /** A whole number from {@code min} to {@code max}, written in decimal digits (a sign only for negatives allowed by min). */
    public static Setting<Integer> integer(String key, int def, int min, int max, String description) {
        return new Setting<>(key, def, "`" + def + "`", description,
                text -> (int) wholeNumber(text, min, max, "expected a whole number"));
    }

    /** A TCP port number as the classic client checks it: decimal digits only, at most 65535. */
    public static Setting<Integer> port(String key, int def, String description) {
        return new Setting<>(key, def, "`" + def + "`", description, text -> {
            String v = text.strip();
            if (!DIGITS.matcher(v).matches() || Long.parseLong(v) > 65535) {
                throw new IllegalArgumentException("expected a port number from 0 to 65535");
            }
            return Integer.parseInt(v);
        });
    }

    /** A duration in whole seconds, at least {@code minSeconds}; a null default means "not set". */
    public static Setting<Duration> seconds(String key, Duration def, long minSeconds, String description) {
        return new Setting<>(key, def, def == null ? "none" : "`" + def.toSeconds() + "` s", description,
                text -> Duration.ofSeconds(wholeNumber(text, minSeconds, Long.MAX_VALUE,
                        "expected a whole number of seconds")));
    }

    /** One of a fixed set of words, in any case (the value is the lower-case word). */
    public static Setting<String> choice(String key, String def, List<String> allowed, String description) {
        return new Setting<>(key, def, "`" + def + "`", description, text -> {
            String v = text.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException("is not one of " + String.join(", ", allowed));
            }
            return v;
        });
    }

    /** A value of any type: {@code parser} throws IllegalArgumentException with what it expected. */
    public static <T> Setting<T> of(String key, T def, String defaultText, Function<String, T> parser,
                                    String description) {
        return new Setting<>(key, def, defaultText, description, parser);
    }

    /** The same key with the default column of the documentation written out (e.g. "the OS user running goldd"). */
    public Setting<T> documentedDefault(String text) {
        return new Setting<>(key, defaultValue, text, description, parser);
    }

    /** The same key with another default value (e.g. computed at start-up, like the OS user). */
    public Setting<T> withDefault(T def) {
        return new Setting<>(key, def, defaultText, description, parser);
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The default as the documentation shows it (Markdown). */
    public String defaultText() {
        return defaultText;
    }

    /** What the key means (Markdown: backticks for code, no tables or links). */
    public String description() {
        return description;
    }

    /** The value of a present text; an {@link InvalidSettingException} naming the key and the value when it does not parse. */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, text, e.getMessage());
        }
    }

    /**
     * The value for a raw text from a file: the default when absent (null), the parsed value, or the
     * default when it does not parse, after telling {@code onInvalid} why (the message names the key,
     * the bad value and the default used).
     */
    public T valueOf(String raw, Consumer<String> onInvalid) {
        if (raw == null) {
            return defaultValue;
        }
        try {
            return parse(raw);
        } catch (InvalidSettingException e) {
            onInvalid.accept(e.getMessage() + "; using the default " + defaultText.replace("`", ""));
            return defaultValue;
        }
    }

    /** The decimal number of {@code text} within [min, max], else IllegalArgumentException saying {@code expected} and the range. */
    private static long wholeNumber(String text, long min, long max, String expected) {
        long n;
        try {
            n = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            n = Long.MIN_VALUE;
        }
        if (n == Long.MIN_VALUE || n < min || n > max) {
            throw new IllegalArgumentException(expected + range(min, max));
        }
        return n;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return min == Integer.MIN_VALUE ? "" : " of at least " + min;
        }
        return " from " + min + " to " + max;
    }

    @Override
    public String toString() {
        return key;
    }
}
