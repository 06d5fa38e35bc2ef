package gold.client;

import java.util.List;
import java.util.Objects;

/**
 * One declared option: its names (the first is the primary name under which the value is stored,
 * the others are aliases such as {@code v} for {@code verbose}), its kind, whether it matches its
 * exact names only (our extensions such as {@code --format}, docs/differences.md), and the help label and
 * description printed by {@code --help}.
 */
public record OptionSpec(List<String> names, OptionKind kind, boolean exactOnly, String label, String description) {
    public OptionSpec {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
    }

    /** The primary name, the key of the parsed value. */
    public String name() {
        return names.get(0);
    }

    /** True when the option is documented in --help (it has a label). */
    public boolean documented() {
        return !label.isEmpty();
    }
}
