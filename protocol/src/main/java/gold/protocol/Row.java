package gold.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One child of {@code <Data>}: an element named after an object (e.g. {@code User}, {@code Job},
 * {@code Account_User} for joins) whose children are name/value fields in document order.
 * SQL NULL travels as the empty string.
 */
public record Row(String name, List<Field> fields) {
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }

    public Row {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    /** The value of the first field with this name, or null when the row has no such field. */
    public String get(String field) {
        for (Field f : fields) {
            if (f.name().equals(field)) {
                return f.value();
            }
        }
        return null;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            names.add(f.name());
        }
        return Collections.unmodifiableList(names);
    }

    /** Small mutable builder keeping field order. */
    public static final class Builder {
        private final String name;
        private final List<Field> fields = new ArrayList<>();

        public Builder(String name) {
            this.name = name;
        }

        public Builder put(String field, String value) {
            fields.add(new Field(field, value));
            return this;
        }

        public Row build() {
            return new Row(name, fields);
        }
    }
}
