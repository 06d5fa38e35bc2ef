package gold.client.commands;

import gold.protocol.client.ClientKeys;
import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** glsaccount: list accounts with members, allocations and amounts. */
public final class Glsaccount extends GoldCommand {
    static final String HIDDEN = ",CreationTime,ModificationTime,Deleted,RequestId,TransactionId";
    static final String[] MEMBER_TYPES = {"User", "Project", "Machine"};

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
        List<String> show = Columns.resolve(inv, ClientKeys.ACCOUNT_SHOW, HIDDEN);
        String joined = Columns.joined(show);
        Request.Builder q = inv.supplements(Request.builder("Account", "Query"));
        Assign.where(a, q, "a", "Id");
        Assign.where(a, q, "n", "Name");
        Assign.option(a, q, "p", "Project");
        Assign.option(a, q, "u", "User");
        Assign.option(a, q, "m", "Machine");
        if (a.flag("A")) {
            q.option("Active", "True");
        }
        if (a.flag("I")) {
            q.option("Active", "False");
        }
        if (a.flag("showHidden")) {
            q.option("ShowHidden", "True");
        }
        if ((a.given("p") || a.given("u") || a.given("m")) && !a.flag("exact-match")) {
            q.option("UseRules", "True");
        }
        q.get(Selection.of("Id", "Sort"));
        for (String column : show) {
            if (!Columns.matches("User|Project|Machine|Allocations|Amount|CreditLimit|Deposited", column)) {
                q.get(column);
            }
        }
        Response accounts = inv.send(q);
        int failed = ListSupport.failed(inv, accounts);
        if (failed >= 0) {
            return failed;
        }
        Map<String, Members> members = new HashMap<>();
        for (String type : MEMBER_TYPES) {
            String column = Columns.firstContaining(show, type);
            if (column.isEmpty()) {
                continue;
            }
            Request.Builder m = Request.builder("Account" + type, "Query");
            Assign.where(a, m, "a", "Account");
            m.get("Account").get("Name").get("Access");
            Response r = inv.send(m);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            members.put(column, Members.flagged(r, "Account", "Name", "Access"));
        }
        Keyed sums = Keyed.none();
        if (Columns.matches("Amount|CreditLimit|Deposited", joined)) {
            Request.Builder s = Request.builder("Allocation", "Query");
            Assign.where(a, s, "a", "Account");
            if (a.flag("I")) {
                Conditions.inactive(s);
            } else {
                Conditions.active(s);
            }
            s.get(Selection.of("Account", "GroupBy")).get(Selection.of("Amount", "Sum"))
                    .get(Selection.of("CreditLimit", "Sum")).get(Selection.of("Deposited", "Sum"));
            Response r = inv.send(s);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            sums = Keyed.of(r, "Account");
        }
        Members allocations = Members.none();
        if (joined.contains("Allocations")) {
            Request.Builder s = Request.builder("Allocation", "Query");
            Assign.where(a, s, "a", "Account");
            if (a.flag("A")) {
                Conditions.active(s);
            }
            if (a.flag("I")) {
                Conditions.inactive(s);
            }
            s.get("Id").get("Account").get("Amount").get("StartTime").get("EndTime");
            Response r = inv.send(s);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            allocations = Members.of(r, "Account", row -> Members.value(row, "Id") + ":" + Members.value(row, "Amount")
                    + ":" + date(inv, row, "StartTime") + ":" + date(inv, row, "EndTime"));
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : accounts.data()) {
            String id = Members.value(row, "Id");
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                if (column.contains("Allocations")) {
                    cells.add(MemberTable.Cell.members(allocations.of(id)));
                } else if (Columns.matches("User|Project|Machine", column)) {
                    Members m = members.get(column);
                    cells.add(MemberTable.Cell.members(m == null ? List.of() : m.of(id)));
                } else if (column.equals("Amount") || column.equals("CreditLimit") || column.equals("Deposited")) {
                    cells.add(MemberTable.Cell.value(sums.number(id, column)));
                } else {
                    cells.add(MemberTable.Cell.value(ListValues.of(inv, row, column)));
                }
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), accounts);
    }

    /** The date part of a time field in human form. */
    private static String date(Invocation inv, Row row, String field) {
        String human = ListValues.of(inv, row, field);
        int space = human.indexOf(' ');
        return space < 0 ? human : human.substring(0, space);
    }
}
