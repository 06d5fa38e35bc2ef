package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;

/** glsuser: list users, with their projects as a member column. */
public final class Glsuser extends GoldCommand {
    static final String HIDDEN = ",Special,CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glsuser"; }
    @Override public String purpose() { return "query users"; }
    @Override public String synopsis() {
        return "glsuser [-A|-I] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--showSpecial] [-l, --long] [-w, --wide] [--raw] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-u] <user pattern>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active users.");
        o.flag("I", "-I", "Display only inactive users.");
        o.show().showHidden().showSpecial().longWide().commonList();
        o.string("u", "-u <user pattern>", "Display only users matching the pattern (* and ? are wildcards).");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "u");
        Listing listing = new Listing(inv, ClientKeys.USER_SHOW, HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("User", "Query"));
        Listing.byNameAndState(a, q, "u");
        listing.select(q, Selection.of("Name", "Sort"), "Projects");
        Request.Builder m = Request.builder("ProjectUser", "Query");
        Assign.matching(a, m, "u", "Name");
        m.get("Project").get("Name").get("Active");
        return listing.display(q, "Name", () -> {
            Members projects = Members.flagged(listing.fetch("Projects", m), "Name", "Project", "Active");
            return (name, column) -> column.contains("Projects") ? MemberTable.Cell.members(projects.of(name)) : null;
        });
    }
}
