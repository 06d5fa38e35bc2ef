package gold.server.bank;

import gold.protocol.Code;
import java.sql.SQLException;
import java.util.Optional;

/** Existence and activity checks of users, projects and machines named by bank requests. */
final class Entities {
    private Entities() {
    }

    /**
     * The prescreen of Balance and Account Query (docs/bank.md, Balance and Queries): a named entity must exist;
     * when {@code requireActive}, a non-special one must be active.
     */
    static void prescreen(BankCall call, Entity.Kind kind, String name, boolean requireActive) throws SQLException {
        if (name.isEmpty()) {
            return;
        }
        Optional<Entity> e = call.store.entity(kind, name);
        if (e.isEmpty()) {
            throw Code.FAILED.exception(kind.object() + " " + name + " does not exist");
        }
        if (requireActive && !e.get().special() && !e.get().active()) {
            throw Code.FAILED.exception(kind.object() + " " + name + " is not active");
        }
    }

    /** The OVERRIDE check of 8.2/8.10/8.11: the actor administers the project, or is the user. */
    static boolean overrideAllows(BankCall call, String project, String user) throws SQLException {
        return (!project.isEmpty() && call.store.projectAdmin(project, call.actor()))
                || (!user.isEmpty() && user.equals(call.actor()));
    }
}
