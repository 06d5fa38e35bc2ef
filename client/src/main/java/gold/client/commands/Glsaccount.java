package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.ParsedArgs;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;

/** glsaccount: list accounts with members, allocations and amounts. */
public final class Glsaccount extends GoldCommand {
    static final String HIDDEN = ",CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glsaccount"; }
    @Override public String purpose() { return "query accounts"; }
    @Override public String synopsis() {
        return "glsaccount [-A|-I] [-n <account name>] [-p <project name>] [-u <user name>] [-m <machine name>] [-s <start time>] [-e <end time>] [--exact-match] [--show <attribute name>[,<attribute name>]*] [--showHidden] [-l, --long] [-w, --wide] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-a] <account id>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only accounts with active allocations.");
        o.flag("I", "-I", "Display only accounts with inactive allocations.");
        o.string("n", "-n <account name>", "Display only accounts with this name.");
        o.string("p", "-p <project name>", "Display only accounts usable by this project.");
        o.string("u", "-u <user name>", "Display only accounts usable by this user.");
        o.string("m", "-m <machine name>", "Display only accounts usable by this machine.");
        o.flag("exact-match", "--exact-match", "Match the project, user and machine literally, without the membership rules.");
        o.show().showHidden().longWide().hours().commonList();
        o.integer("a", "-a <account id>", "Display only this account.");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "a");
        Listing listing = new Listing(inv, ClientKeys.ACCOUNT_SHOW, HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Account", "Query"));
        Assign.where(a, q, "a", "Id");
        Assign.where(a, q, "n", "Name");
        Assign.usableBy(a, q);
        if (a.flag("A")) {
            q.option("Active", "True");
        }
        if (a.flag("I")) {
            q.option("Active", "False");
        }
        listing.select(q, Selection.of("Id", "Sort"), "User|Project|Machine|Allocations|Amount|CreditLimit|Deposited");
        Assign.useRules(a, q);
        return listing.display(q, "Id", () -> {
            AccountColumns members = AccountColumns.members(listing, a.value("a"));
            Keyed sums = Keyed.of(listing.fetch("Amount|CreditLimit|Deposited", sumQuery(a)), "Account");
            Members allocations = Members.of(listing.fetch("Allocations", allocationQuery(a)), "Account",
                    row -> Members.value(row, "Id") + ":" + Members.value(row, "Amount")
                            + ":" + date(listing, row, "StartTime") + ":" + date(listing, row, "EndTime"));
            return (id, column) -> {
                if (column.contains("Allocations")) {
                    return MemberTable.Cell.members(allocations.of(id));
                } else if (Columns.matches("User|Project|Machine", column)) {
                    return members.cell(column, id);
                } else if (column.equals("Amount") || column.equals("CreditLimit") || column.equals("Deposited")) {
                    return MemberTable.Cell.value(sums.number(id, column));
                }
                return null;
            };
        });
    }

    /** The sums of the active allocations (-I: the inactive ones) per account. */
    private static Request.Builder sumQuery(ParsedArgs a) {
        Request.Builder s = Request.builder("Allocation", "Query");
        Assign.where(a, s, "a", "Account");
        if (a.flag("I")) {
            Conditions.inactive(s);
        } else {
            Conditions.active(s);
        }
        return AccountColumns.sums(s);
    }

    /** The allocations of the Allocations column, restricted by -A or -I. */
    private static Request.Builder allocationQuery(ParsedArgs a) {
        Request.Builder s = Request.builder("Allocation", "Query");
        Assign.where(a, s, "a", "Account");
        Conditions.byFlags(a, s);
        return s.get("Id").get("Account").get("Amount").get("StartTime").get("EndTime");
    }

    /** The date part of a time field in human form. */
    private static String date(Listing listing, Row row, String field) {
        String human = listing.value(row, field);
        int space = human.indexOf(' ');
        return space < 0 ? human : human.substring(0, space);
    }
}
