package gold.server.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the metadata cache: its flags, its attributes in Sequence order and its actions.
 * Pseudo-objects (ANY, NONE) have no attributes and no table.
 */
public record ObjectMeta(String name, boolean association, String parent, String child, boolean special,
                         List<AttributeMeta> attributes, Map<String, AttributeMeta> byName, Set<String> actions) {

    public ObjectMeta {
        attributes = List.copyOf(attributes);
        byName = Map.copyOf(byName);
        actions = Set.copyOf(actions);
    }

    public String table() {
        return Names.toDb(name);
    }

    public Optional<AttributeMeta> attribute(String attribute) {
        return Optional.ofNullable(byName.get(attribute));
    }

    public boolean hasAction(String action) {
        return actions.contains(action);
    }

    /** Primary-key attributes in Sequence order. */
    public List<AttributeMeta> primaryKeys() {
        return attributes.stream().filter(AttributeMeta::primaryKey).toList();
    }

    /** The identifying attribute: the first primary key, or Name when there is none (docs/data-model.md, Authorization). */
    public String keyName() {
        return primaryKeys().stream().findFirst().map(AttributeMeta::name).orElse("Name");
    }

    /** Attributes shown by default: all, or only the visible ones. */
    public List<AttributeMeta> defaultSelection(boolean showHidden) {
        return attributes.stream().filter(a -> showHidden || !a.hidden()).toList();
    }
}
