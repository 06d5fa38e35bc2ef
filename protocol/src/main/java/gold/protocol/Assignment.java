package gold.protocol;

import java.util.Objects;

/** One {@code <Set>} of a Create or Modify: op is "" (Assign), "Assign", "Inc" or "Dec". */
public record Assignment(String name, String op, String value) {
    public Assignment {
        Objects.requireNonNull(name, "name");
        op = op == null ? "" : op;
        value = value == null ? "" : value;
    }

    public static Assignment of(String name, String value) {
        return new Assignment(name, "", value);
    }
}
