package gold.server.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handlers tried before the generic engine, keyed by object and action (for example Account
 * Balance or Job Charge from {@code gold.server.bank}). Build once at start-up, then read-only.
 */
public final class Handlers {
    private final Map<String, ActionHandler> byKey = new HashMap<>();

    public static Handlers none() {
        return new Handlers();
    }

    /** Registers the handler for one object and action (replacing any earlier one). */
    public Handlers add(String object, String action, ActionHandler handler) {
        byKey.put(object + " " + action, handler);
        return this;
    }

    public Optional<ActionHandler> find(String object, String action) {
        return Optional.ofNullable(byKey.get(object + " " + action));
    }
}
