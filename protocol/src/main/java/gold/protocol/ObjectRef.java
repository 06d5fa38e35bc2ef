package gold.protocol;

import java.util.Objects;

/** One {@code <Object>} of a request: the object name, with optional alias and join type ("" when unset). */
public record ObjectRef(String name, String alias, String join) {
    public ObjectRef {
        Objects.requireNonNull(name, "name");
        alias = alias == null ? "" : alias;
        join = join == null ? "" : join;
    }

    public static ObjectRef of(String name) {
        return new ObjectRef(name, "", "");
    }
}
