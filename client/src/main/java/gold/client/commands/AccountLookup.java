package gold.client.commands;

import gold.client.Invocation;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.Optional;

/**
 * Finds the one account a project may use, for the commands that accept {@code -p} instead of an
 * account id (gdeposit, gwithdraw, gtransfer, glsalloc). No account, several accounts, or a failed
 * lookup (count -1) print the command's message and end the command with status 74.
 */
final class AccountLookup {
    /** The exit status of a failed lookup (a client-side failure). */
    static final int FAILED = 74;

    private AccountLookup() {
    }

    /**
     * Returns the account id, or empty after printing {@code none} (no account) or {@code many} and
     * the lookup's table or message (several accounts, or the lookup failed).
     */
    static Optional<String> resolve(Invocation inv, String project, Optional<String> accountId, String none, String many) {
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
