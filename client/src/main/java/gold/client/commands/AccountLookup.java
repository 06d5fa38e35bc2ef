package gold.client.commands;

import gold.client.Invocation;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.Optional;

/**
 * Finds the one account a project may use, for the commands that accept a project instead of an
 * account id (gdeposit, gwithdraw, gtransfer, glsalloc). No account, several accounts, or a failed
 * lookup (count -1) print the command's message and end the command with status 74.
 */
final class AccountLookup {
    /** The exit status of a failed lookup (a client-side failure). */
    static final int FAILED = 74;

    private AccountLookup() {
    }

    /** The account a command names: an id (empty when none is named), or failed after the lookup printed why. */
    record Choice(Optional<String> id, boolean failed) {
    }

    /**
     * The account of {@code idOption}, or, when {@code projectOption} is given, the one account of that
     * project (restricted to the id when both are given). {@code purpose} and {@code role} word the
     * messages: "Please respecify the {purpose} with a valid {role}account id.".
     */
    static Choice choose(Invocation inv, String idOption, String projectOption, String purpose, String role) {
        var a = inv.args();
        if (!a.given(projectOption)) {
            return new Choice(a.value(idOption), false);
        }
        Optional<String> id = resolve(inv, a.get(projectOption), a.value(idOption),
                "There are no accounts for the specified " + role + "project. Please respecify the " + purpose
                        + " with a valid " + role + "account id.",
                "The specified project has multiple accounts. Please respecify the " + purpose + " with the appropriate "
                        + role + "account id.");
        return new Choice(id, id.isEmpty());
    }

    /**
     * Returns the account id, or empty after printing {@code none} (no account) or {@code many} and
     * the lookup's table or message (several accounts, or the lookup failed).
     */
    private static Optional<String> resolve(Invocation inv, String project, Optional<String> accountId, String none,
                                            String many) {
        Request.Builder q = Request.builder("Account", "Query").get(Selection.of("Id", "Sort")).get("Name");
        accountId.ifPresent(id -> q.where(Assign.eq("Id", id)));
        q.option("Project", project).option("UseRules", "True");
        Response r = inv.send(q);
        long count = r.isFailure() ? -1 : r.count();
        if (count == 0) {
            inv.println(none);
            return Optional.empty();
        }
        if (count == 1 && !r.data().isEmpty()) {
            return Optional.of(Members.value(r.data().get(0), "Id"));
        }
        inv.println(many);
        var options = inv.renderer().options();
        inv.renderer().setOptions(options.withVerbose(true));
        inv.display(r);
        inv.renderer().setOptions(options);
        return Optional.empty();
    }
}
