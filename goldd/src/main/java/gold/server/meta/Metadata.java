package gold.server.meta;

import gold.protocol.Code;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the metadata cache (docs/data-model.md, Metadata cache): objects with attributes and actions,
 * roles with their privileges and holders, and stored password hashes. {@code version} is the
 * database metadata version the snapshot was loaded at.
 */
public record Metadata(long version, Map<String, ObjectMeta> objects, List<String> creationOrder,
                       List<RoleAction> roleActions, Map<String, Set<String>> rolesByUser, Map<String, String> passwords) {

    public Metadata {
        objects = Map.copyOf(objects);
        creationOrder = List.copyOf(creationOrder);
        roleActions = List.copyOf(roleActions);
        rolesByUser = Map.copyOf(rolesByUser);
        passwords = Map.copyOf(passwords);
    }

    public Optional<ObjectMeta> object(String name) {
        return Optional.ofNullable(objects.get(name));
    }

    /** The object, or 740 "X is not a valid object". */
    public ObjectMeta require(String name) {
        return object(name).orElseThrow(() -> Code.FAILED.exception(name + " is not a valid object"));
    }

    /** Roles held by the actor directly or through RoleUser Name=ANY. */
    public Set<String> rolesOf(String actor) {
        Set<String> own = rolesByUser.getOrDefault(actor, Set.of());
        Set<String> any = rolesByUser.getOrDefault("ANY", Set.of());
        Set<String> all = new TreeSet<>(own);
        all.addAll(any);
        return all;
    }

    /** The association object with this parent whose child is User (e.g. ProjectUser for Project). */
    public Optional<ObjectMeta> userAssociationOf(String parent) {
        return objects.values().stream()
                .filter(o -> o.association() && o.parent().equals(parent) && o.child().equals("User"))
                .sorted(Comparator.comparing(ObjectMeta::name))
                .findFirst();
    }

    /**
     * Association objects whose parent or child is the given object, in the order the objects were
     * created (the order the classic server cascades in: RoleUser, ProjectUser, AccountUser for User).
     */
    public List<ObjectMeta> associationsOf(String object) {
        return creationOrder.stream().map(objects::get)
                .filter(o -> o != null && o.association() && (o.parent().equals(object) || o.child().equals(object)))
                .toList();
    }

    /** Non-special objects with a primary key, in name order: the tables undo and redo work on. */
    public List<ObjectMeta> keyedObjects() {
        return objects.values().stream()
                .filter(o -> !o.special() && !o.primaryKeys().isEmpty())
                .sorted(Comparator.comparing(ObjectMeta::name))
                .toList();
    }
}
