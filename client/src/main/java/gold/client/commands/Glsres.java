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
import java.util.List;

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
        List<String> show = Columns.resolve(inv, ClientKeys.RESERVATION_SHOW, Glsjob.HIDDEN);
        String joined = Columns.joined(show);
        Request.Builder q = inv.supplements(Request.builder("Reservation", "Query"));
        Assign.where(a, q, "r", "Id");
        a.value("n").ifPresent(n -> q.where(Assign.cond("Name", "Match", n)));
        Assign.where(a, q, "u", "User");
        Assign.where(a, q, "p", "Project");
        Assign.where(a, q, "m", "Machine");
        Assign.where(a, q, "c", "CallType");
        if (a.flag("A")) {
            Conditions.active(q);
        }
        if (a.flag("I")) {
            Conditions.inactive(q);
        }
        if (a.flag("showHidden")) {
            q.option("ShowHidden", "True");
        }
        if ((a.given("p") || a.given("u") || a.given("m")) && !a.flag("exact-match")) {
            q.option("UseRules", "True");
        }
        q.get(Selection.of("Id", "Sort"));
        for (String column : show) {
            if (!Columns.matches("Amount|Accounts|Allocations", column)) {
                q.get(column);
            }
        }
        Response reservations = inv.send(q);
        int failed = ListSupport.failed(inv, reservations);
        if (failed >= 0) {
            return failed;
        }
        Members accounts = Members.none();
        Members allocations = Members.none();
        if (Columns.matches("Accounts|Allocations", joined)) {
            Response r = inv.send(Request.builder("ReservationAllocation", "Query")
                    .get("Reservation").get("Id").get("Account").get("Amount"));
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            accounts = Members.of(r, "Reservation", row -> Members.value(row, "Account"));
            allocations = Members.of(r, "Reservation", row -> Members.value(row, "Id") + ":"
                    + Members.value(row, "Account") + ":" + Members.value(row, "Amount"));
        }
        Keyed amounts = Keyed.none();
        if (joined.contains("Amount")) {
            Response r = inv.send(Request.builder("ReservationAllocation", "Query")
                    .get(Selection.of("Reservation", "GroupBy")).get(Selection.of("Amount", "Sum")));
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            amounts = Keyed.of(r, "Reservation");
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : reservations.data()) {
            String id = Members.value(row, "Id");
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                if (column.contains("Accounts")) {
                    cells.add(MemberTable.Cell.members(accounts.of(id)));
                } else if (column.contains("Allocations")) {
                    cells.add(MemberTable.Cell.members(allocations.of(id)));
                } else if (column.equals("Amount")) {
                    cells.add(MemberTable.Cell.value(amounts.number(id, "Amount")));
                } else {
                    cells.add(MemberTable.Cell.value(ListValues.of(inv, row, column)));
                }
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), reservations);
    }
}
