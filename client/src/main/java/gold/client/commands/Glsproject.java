package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.ParsedArgs;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;
import java.util.List;

/** glsproject: list projects with their user and machine members. */
public final class Glsproject extends GoldCommand {

    @Override public String name() { return "glsproject"; }
    @Override public String purpose() { return "query projects"; }
    @Override public String synopsis() {
        return "glsproject [-A|-I] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--showSpecial] [-l, --long] [-w, --wide] [--raw] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-p] <project pattern>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active projects.");
        o.flag("I", "-I", "Display only inactive projects.");
        o.show().showHidden().showSpecial().longWide().commonList();
        o.string("p", "-p <project pattern>", "Display only projects matching the pattern (* and ? are wildcards).");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "p");
        Listing listing = new Listing(inv, ClientKeys.PROJECT_SHOW, Glsuser.HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Project", "Query"));
        Listing.byNameAndState(a, q, "p");
        listing.select(q, Selection.of("Name", "Sort"), "Users|Projects|Machines");
        return listing.display(q, "Name", () -> {
            Members users = Members.flagged(listing.fetch("Users", memberQuery(a, "ProjectUser")), "Project", "Name", "Active");
            Members machines = Members.flagged(listing.fetch("Machines", memberQuery(a, "ProjectMachine")), "Project", "Name",
                    "Active");
            return (name, column) -> {
                if (column.contains("Users")) {
                    return MemberTable.Cell.members(users.of(name));
                } else if (column.contains("Machines")) {
                    return MemberTable.Cell.members(machines.of(name));
                } else if (column.contains("Projects")) {
                    return MemberTable.Cell.members(List.of());
                }
                return null;
            };
        });
    }

    /** The members of the projects the -p pattern matches (all without -p). */
    private static Request.Builder memberQuery(ParsedArgs a, String object) {
        Request.Builder m = Request.builder(object, "Query");
        Assign.matching(a, m, "p", "Project");
        return m.get("Project").get("Name").get("Active");
    }
}
