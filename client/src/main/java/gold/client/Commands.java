package gold.client;

import gold.client.commands.Glsuser;
import gold.client.commands.Gmkuser;
import java.util.List;
import java.util.Optional;

/**
 * The command registry: a name to a fresh command instance, by a plain switch so that starting a
 * command loads only its own classes (no reflection, no scanning). {@link #NAMES} is the stable
 * order of resources/gold/client/commands.txt, from which the launchers are made.
 */
public final class Commands {
    /** Every command name, in the order of commands.txt. */
    public static final List<String> NAMES = List.of(
            "gmkuser", "glsuser");

    private Commands() {
    }

    public static Optional<GoldCommand> create(String name) {
        GoldCommand command = switch (name) {
            case "gmkuser" -> new Gmkuser();
            case "glsuser" -> new Glsuser();
            default -> null;
        };
        return Optional.ofNullable(command);
    }
}
