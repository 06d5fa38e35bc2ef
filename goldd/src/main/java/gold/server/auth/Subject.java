package gold.server.auth;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identifiers authorization reads from a request (docs/data-model.md, Authorization): the assignments
 * of a Create, otherwise the conditions. Instance grants only trust plain requests (decision: every
 * entry EQ, joined with And, never negated), so {@code Name!=chemistry} cannot pass a grant for
 * chemistry while touching every other project.
 */
public record Subject(List<String[]> entries, boolean plain) {

    public static Subject of(Request request, String plainAction) {
        List<String[]> entries = new ArrayList<>();
        boolean plain = true;
        if (plainAction.equals("Create")) {
            for (Assignment a : request.assignments()) {
                entries.add(new String[] {a.name(), a.value()});
            }
        } else {
            for (Condition c : request.conditions()) {
                entries.add(new String[] {c.name(), c.value()});
                boolean eq = c.op().isEmpty() || c.op().equals("EQ");
                boolean and = c.conj().isEmpty() || c.conj().equals("And");
                plain &= eq && and && c.subject().isEmpty();
            }
        }
        return new Subject(entries, plain);
    }

    /** Value of the last entry with this name, when the request is plain. */
    public Optional<String> last(String name) {
        if (!plain) {
            return Optional.empty();
        }
        String value = null;
        for (String[] e : entries) {
            if (e[0].equals(name)) {
                value = e[1];
            }
        }
        return Optional.ofNullable(value);
    }

    public long count(String name) {
        return entries.stream().filter(e -> e[0].equals(name)).count();
    }
}
