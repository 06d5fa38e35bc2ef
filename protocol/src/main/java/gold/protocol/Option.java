package gold.protocol;

import java.util.Objects;

/** One {@code <Option>}: op is "" or "Not". */
public record Option(String name, String op, String value) {
    public Option {
        Objects.requireNonNull(name, "name");
        op = op == null ? "" : op;
        value = value == null ? "" : value;
    }

    public static Option of(String name, String value) {
        return new Option(name, "", value);
    }
}
