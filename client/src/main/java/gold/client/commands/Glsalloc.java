package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;
import java.util.Optional;

/** glsalloc: list allocations. */
public final class Glsalloc extends GoldCommand {
    static final String HIDDEN = ",CallType,CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glsalloc"; }
    @Override public String purpose() { return "query allocations"; }
    @Override public String synopsis() {
        return "glsalloc [-A|-I] [-a <account id>] [-p <project name>] [--show <attribute name>[,<attribute name>]*] [--showHidden] [-l, --long] [-w, --wide] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-i] <allocation id>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active allocations.");
        o.flag("I", "-I", "Display only inactive allocations.");
        o.integer("a", "-a <account id>", "Display only allocations of this account.");
        o.string("p", "-p <project name>", "Display only allocations of the one account of this project.");
        o.string("c", "", "");
        o.show().showHidden().longWide().hours().commonList();
        o.integer("i", "-i <allocation id>", "Display only this allocation.");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "i");
        var choice = AccountLookup.choose(inv, "a", "p", "query", "");
        if (choice.failed()) {
            return AccountLookup.FAILED;
        }
        Optional<String> account = choice.id();
        Listing listing = new Listing(inv, ClientKeys.ALLOCATION_SHOW, HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Allocation", "Query"));
        Assign.where(a, q, "i", "Id");
        account.ifPresent(id -> q.where(Assign.eq("Account", id)));
        Assign.where(a, q, "c", "CallType");
        Conditions.byFlags(a, q);
        listing.select(q, Selection.of("Account"), "Project");
        Request.Builder m = Request.builder("AccountProject", "Query");
        account.ifPresent(id -> m.where(Assign.eq("Account", id)));
        m.get("Account").get("Name").get("Access");
        return listing.display(q, "Account", () -> {
            Members projects = Members.flagged(listing.fetch("Project", m), "Account", "Name", "Access");
            return (owner, column) -> column.contains("Project") ? MemberTable.Cell.members(projects.of(owner)) : null;
        });
    }
}
