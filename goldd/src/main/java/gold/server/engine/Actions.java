package gold.server.engine;

/** Helpers for action names, which may carry a scope prefix such as {@code Base::Create}. */
public final class Actions {
    private Actions() {
    }

    /** The action without its scope prefix. */
    public static String plain(String action) {
        int i = action.lastIndexOf("::");
        return i < 0 ? action : action.substring(i + 2);
    }

    /** True when the action names a scope: it skips the plugged-in handlers. */
    public static boolean scoped(String action) {
        return action.contains("::");
    }
}
