package gold.protocol;

import java.util.Objects;

/**
 * One {@code <Where>}: attribute {@code name} of {@code object} compared by {@code op} with {@code value}
 * (or, with {@code subject}, joined to an attribute of another object). {@code group} is the signed net
 * parenthesis change as a string ("" for none). Every unset field is "".
 */
public record Condition(String conj, String group, String object, String name, String op, String subject, String value) {
    public Condition {
        Objects.requireNonNull(name, "name");
        conj = conj == null ? "" : conj;
        group = group == null ? "" : group;
        object = object == null ? "" : object;
        op = op == null ? "" : op;
        subject = subject == null ? "" : subject;
        value = value == null ? "" : value;
    }

    /** Name EQ value, written with op="EQ" as goldsh and the clients do. */
    public static Condition eq(String name, String value) {
        return new Condition("", "", "", name, "EQ", "", value);
    }

    public static Condition of(String name, String op, String value) {
        return new Condition("", "", "", name, op, "", value);
    }
}
