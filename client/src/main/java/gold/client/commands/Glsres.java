package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;

/** glsres: list reservations with their accounts, allocations and amounts. */
public final class Glsres extends GoldCommand {

    @Override public String name() { return "glsres"; }
    @Override public String purpose() { return "query reservations"; }
    @Override public String synopsis() {
        return "glsres [-A|-I] [-n <reservation name pattern>] [-p <project name>] [-u <user name>] [-m <machine name>] [-c <call type>] [--show <attribute name>[,<attribute name>]*] [--showHidden] [-l, --long] [-w, --wide] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-r] <reservation id>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active reservations.");
        o.flag("I", "-I", "Display only inactive reservations.");
        o.string("n", "-n <reservation name pattern>", "Display only reservations whose name matches (SQL % and _ wildcards).");
        o.string("p", "-p <project name>", "Display only reservations for this project.");
        o.string("u", "-u <user name>", "Display only reservations for this user.");
        o.string("m", "-m <machine name>", "Display only reservations for this machine.");
        o.string("c", "-c <call type>", "Display only reservations of this call type.");
        o.flag("exact-match", "", "");
        o.show().showHidden().longWide().hours().commonList();
        o.integer("r", "-r <reservation id>", "Display only this reservation.");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "r");
        Listing listing = new Listing(inv, ClientKeys.RESERVATION_SHOW, Glsjob.HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Reservation", "Query"));
        Assign.where(a, q, "r", "Id");
        a.value("n").ifPresent(n -> q.where(Assign.cond("Name", "Match", n)));
        Assign.where(a, q, "u", "User");
        Assign.where(a, q, "p", "Project");
        Assign.where(a, q, "m", "Machine");
        Assign.where(a, q, "c", "CallType");
        Conditions.byFlags(a, q);
        listing.select(q, Selection.of("Id", "Sort"), "Amount|Accounts|Allocations");
        Assign.useRules(a, q);
        return listing.display(q, "Id", () -> {
            Response links = listing.fetch("Accounts|Allocations", Request.builder("ReservationAllocation", "Query")
                    .get("Reservation").get("Id").get("Account").get("Amount"));
            Members accounts = Members.of(links, "Reservation", row -> Members.value(row, "Account"));
            Members allocations = Members.of(links, "Reservation", row -> Members.value(row, "Id") + ":"
                    + Members.value(row, "Account") + ":" + Members.value(row, "Amount"));
            Keyed amounts = Keyed.of(listing.fetch("Amount", Request.builder("ReservationAllocation", "Query")
                    .get(Selection.of("Reservation", "GroupBy")).get(Selection.of("Amount", "Sum"))), "Reservation");
            return (id, column) -> {
                if (column.contains("Accounts")) {
                    return MemberTable.Cell.members(accounts.of(id));
                } else if (column.contains("Allocations")) {
                    return MemberTable.Cell.members(allocations.of(id));
                } else if (column.equals("Amount")) {
                    return MemberTable.Cell.value(amounts.number(id, "Amount"));
                }
                return null;
            };
        });
    }
}
