package gold.protocol;

import java.util.Objects;

/** One {@code <Get>} of a Query: which attribute to return, of which object, with an optional aggregate op and alias. */
public record Selection(String object, String name, String op, String alias) {
    public Selection {
        Objects.requireNonNull(name, "name");
        object = object == null ? "" : object;
        op = op == null ? "" : op;
        alias = alias == null ? "" : alias;
    }

    public static Selection of(String name) {
        return new Selection("", name, "", "");
    }

    public static Selection of(String name, String op) {
        return new Selection("", name, op, "");
    }
}
