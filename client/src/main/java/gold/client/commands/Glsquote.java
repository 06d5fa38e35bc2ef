package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;

/** glsquote: list guaranteed quotes with their stored charge rates. */
public final class Glsquote extends GoldCommand {

    @Override public String name() { return "glsquote"; }
    @Override public String purpose() { return "query quotations"; }
    @Override public String synopsis() {
        return "glsquote [-A|-I] [-p <project name>] [-u <user name>] [-m <machine name>] [--show <attribute name>[,<attribute name>]*] [--showHidden] [-l, --long] [-w, --wide] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-q] <quote id>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only quotes that have not expired.");
        o.flag("I", "-I", "Display only expired quotes.");
        o.string("p", "-p <project name>", "Display only quotes for this project.");
        o.string("u", "-u <user name>", "Display only quotes for this user.");
        o.string("m", "-m <machine name>", "Display only quotes for this machine.");
        o.string("c", "", "");
        o.show().showHidden().longWide().hours().commonList();
        o.integer("q", "-q <quote id>", "Display only this quote.");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "q");
        Listing listing = new Listing(inv, ClientKeys.QUOTATION_SHOW, Glsjob.HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Quotation", "Query"));
        Assign.where(a, q, "q", "Id");
        Assign.where(a, q, "p", "Project");
        Assign.where(a, q, "u", "User");
        Assign.where(a, q, "m", "Machine");
        Assign.where(a, q, "c", "CallType");
        if (a.flag("A")) {
            q.where(Assign.cond("EndTime", "GE", "now"));
        }
        if (a.flag("I")) {
            q.where(Assign.cond("EndTime", "LT", "now"));
        }
        listing.select(q, Selection.of("Id", "Sort"), "ChargeRates");
        Request.Builder m = Request.builder("QuotationChargeRate", "Query");
        Assign.where(a, m, "q", "Quotation");
        m.get("Quotation").get("Type").get("Name").get("Rate");
        return listing.display(q, "Id", () -> {
            Members rates = Members.of(listing.fetch("ChargeRates", m), "Quotation",
                    row -> Members.value(row, "Type") + ":" + Members.value(row, "Name") + ":" + Members.value(row, "Rate"));
            return (id, column) -> column.contains("ChargeRates") ? MemberTable.Cell.members(rates.of(id)) : null;
        });
    }
}
