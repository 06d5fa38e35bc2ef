package gold.server.meta;

/**
 * One attribute of an object as the metadata cache holds it (docs/data-model.md, Metadata). Strings are never
 * null: an unset Values or DefaultValue is "" and {@link #hasDefault()} tells them apart.
 */
public record AttributeMeta(String object, String name, DataType type, boolean primaryKey, boolean required,
                            boolean fixed, String values, String defaultValue, boolean hasDefault, int sequence,
                            boolean hidden, String description) {

    /** The column of this attribute in the object's table. */
    public String column() {
        return Names.toDb(name);
    }
}
