package gold.web;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What goldd's roles let a user do, read at login from goldd's own RoleUser and RoleAction objects
 * (as the user, who may query them). It only decides which actions the portal offers; goldd still
 * authorizes every request, so a stale or partial view can hide a button but never grant anything.
 */
public final class Permissions {
    private record Grant(String object, String action, String instance) {
    }

    private final List<Grant> grants;

    private Permissions(List<Grant> grants) {
        this.grants = List.copyOf(grants);
    }

    public static Permissions none() {
        return new Permissions(List.of());
    }

    public static Permissions of(GoldCalls calls) {
        Response users = calls.send(Request.builder("RoleUser", "Query").get("Role").get("Name"));
        if (users.isFailure()) {
            return none();
        }
        Set<String> roles = new HashSet<>();
        for (Row r : users.data()) {
            String name = r.get("Name");
            if (calls.user().equals(name) || "ANY".equals(name)) {
                roles.add(r.get("Role"));
            }
        }
        roles.remove("OVERRIDE"); // the override role only relaxes rules goldd applies itself
        Response actions = calls.send(Request.builder("RoleAction", "Query")
                .get("Role").get("Object").get("Name").get("Instance"));
        if (actions.isFailure()) {
            return none();
        }
        List<Grant> grants = actions.data().stream().filter(r -> roles.contains(r.get("Role")))
                .map(r -> new Grant(r.get("Object"), r.get("Name"), r.get("Instance") == null ? "ANY" : r.get("Instance")))
                .toList();
        return new Permissions(grants);
    }

    /** True when some role of the user names this action on this object (for any instance). */
    public boolean may(String object, String action) {
        return grants.stream().anyMatch(g -> matches(g.object(), object) && matches(g.action(), action)
                && !g.instance().equals("SELF"));
    }

    /** Allowed on every instance (not only on the user's own projects, say). */
    public boolean mayAll(String object, String action) {
        return grants.stream().anyMatch(g -> matches(g.object(), object) && matches(g.action(), action)
                && g.instance().equals("ANY"));
    }

    /** A manager: may deposit into accounts, or create, change or delete some kind of object. */
    public boolean manager() {
        return may("Account", "Deposit") || ObjectPages.OBJECTS.stream()
                .anyMatch(o -> ObjectPages.ACTIONS.stream().anyMatch(act -> may(o, act)));
    }

    private static boolean matches(String granted, String wanted) {
        return granted != null && (granted.equals("ANY") || granted.equals(wanted));
    }
}
