package gold.server.engine;

import java.util.Set;

/** The objects whose changes invalidate the metadata cache (docs/data-model.md, Metadata cache). */
final class MetadataObjects {
    private static final Set<String> NAMES = Set.of("Object", "Attribute", "Action", "Role", "RoleAction",
            "RoleUser", "Password");

    private MetadataObjects() {
    }

    static boolean contains(String object) {
        return NAMES.contains(object);
    }
}
