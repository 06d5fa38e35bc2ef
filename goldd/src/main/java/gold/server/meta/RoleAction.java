package gold.server.meta;

/** A privilege: role {@code role} may perform {@code action} on {@code object} for {@code instance}. */
public record RoleAction(String role, String object, String action, String instance) {

    /** True when this privilege names the object and action (directly or through ANY). */
    public boolean appliesTo(String requestObject, String requestAction) {
        return (object.equals(requestObject) || object.equals("ANY"))
                && (action.equals(requestAction) || action.equals("ANY"));
    }
}
