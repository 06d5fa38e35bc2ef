package gold.client.commands;

import gold.protocol.client.ClientKeys;
import gold.client.CurrencyFormat;
import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * gbalance: balances per account, or one total through the server's Account Balance action
 *.
 */
public final class Gbalance extends GoldCommand {
    static final String DEFAULT_SHOW = "Id,Name,Amount,Reserved,Balance,CreditLimit,Available";

    @Override public String name() { return "gbalance"; }
    @Override public String purpose() { return "display balance information"; }
    @Override public String synopsis() {
        return "gbalance [-p <project name>] [-u <user name>] [-m <machine name>] [--available] [--total] [--show <attribute name>[,<attribute name>]*] [-l, --long] [-w, --wide] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.string("p", "-p <project name>", "Only accounts usable by this project.");
        o.string("u", "-u <user name>", "Only accounts usable by this user.");
        o.string("m", "-m <machine name>", "Only accounts usable by this machine.");
        o.string("c", "", "");
        o.flag("available", "--available", "With --total: include credit limits.");
        o.flag("total", "--total", "Display one total balance.");
        o.show().longWide().hours().commonList();
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.none(a);
        return a.flag("total") ? total(inv) : detail(inv);
    }

    private int total(Invocation inv) {
        var a = inv.args();
        Request.Builder r = Request.builder("Account", "Balance");
        Assign.option(a, r, "p", "Project");
        Assign.option(a, r, "u", "User");
        Assign.option(a, r, "m", "Machine");
        Assign.option(a, r, "c", "CallType");
        if (a.flag("available")) {
            r.option("ShowAvailableCredit", "True");
        }
        if (a.flag("hours")) {
            r.option("ShowHours", "True");
        }
        // The server already divided by 3600; the classic client re-renders without hours (quirk kept).
        inv.renderer().setOptions(inv.renderer().options().withHours(false, Invocation.precision(inv.settings())));
        return inv.sendAndDisplay(inv.supplements(r));
    }

    private int detail(Invocation inv) {
        var a = inv.args();
        List<String> show = Columns.resolve(inv, ClientKeys.ACCOUNT_SHOW.withDefault(DEFAULT_SHOW), "");
        String joined = Columns.joined(show);
        Request.Builder q = inv.supplements(Request.builder("Account", "Query"));
        q.option("UseRules", "True").option("IncludeAncestors", "True");
        Assign.option(a, q, "p", "Project");
        Assign.option(a, q, "u", "User");
        Assign.option(a, q, "m", "Machine");
        q.get("Id");
        for (String column : show) {
            if (!Columns.matches("Amount|CreditLimit|Available|Balance|Machine|Project|Reserved|User|Deposited|Percentage", column)) {
                q.get(column);
            }
        }
        Response accounts = inv.send(q);
        int failed = ListSupport.failed(inv, accounts);
        if (failed >= 0) {
            return failed;
        }
        Map<String, Members> members = new HashMap<>();
        for (String type : Glsaccount.MEMBER_TYPES) {
            String column = Columns.firstContaining(show, type);
            if (column.isEmpty()) {
                continue;
            }
            Response r = inv.send(Request.builder("Account" + type, "Query").get("Account").get("Name").get("Access"));
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            members.put(column, Members.flagged(r, "Account", "Name", "Access"));
        }
        Keyed sums = Keyed.none();
        if (Columns.matches("Amount|CreditLimit|Balance|Available|Deposited|Percentage", joined)) {
            Request.Builder s = Request.builder("Allocation", "Query");
            Conditions.active(s);
            s.where(Assign.eq("CallType", a.value("c").orElse("Normal")));
            s.get(Selection.of("Account", "GroupBy")).get(Selection.of("Amount", "Sum"))
                    .get(Selection.of("CreditLimit", "Sum")).get(Selection.of("Deposited", "Sum"));
            Response r = inv.send(s);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            sums = Keyed.of(r, "Account");
        }
        Keyed reserved = Keyed.none();
        if (Columns.matches("Reserved|Balance|Available", joined)) {
            Request.Builder s = Request.builder().object(ObjectRef.of("Reservation"))
                    .object(ObjectRef.of("ReservationAllocation")).action("Query");
            s.get(new Selection("ReservationAllocation", "Account", "GroupBy", ""));
            s.get(new Selection("ReservationAllocation", "Amount", "Sum", ""));
            s.where(new Condition("", "", "Reservation", "Id", "", "ReservationAllocation", "Reservation"));
            s.where(new Condition("", "", "Reservation", "StartTime", "LE", "", "now"));
            s.where(new Condition("", "", "Reservation", "EndTime", "GT", "", "now"));
            Response r = inv.send(s);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            reserved = Keyed.of(r, "Account");
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : accounts.data()) {
            String id = Members.value(row, "Id");
            BigDecimal amount = number(sums.number(id, "Amount"));
            BigDecimal held = number(reserved.number(id, "Amount"));
            BigDecimal credit = number(sums.number(id, "CreditLimit"));
            BigDecimal deposited = number(sums.number(id, "Deposited"));
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                String value = switch (column) {
                    case "Amount" -> plain(amount);
                    case "Reserved" -> plain(held);
                    case "Balance" -> plain(amount.subtract(held));
                    case "CreditLimit" -> plain(credit);
                    case "Available" -> plain(amount.subtract(held).add(credit));
                    case "Deposited" -> plain(deposited);
                    case "Percentage" -> deposited.signum() == 0 ? "0.00"
                            : CurrencyFormat.format(amount.doubleValue() * 100 / deposited.doubleValue(), 2);
                    default -> null;
                };
                if (value != null) {
                    cells.add(MemberTable.Cell.value(value));
                } else if (Columns.matches("Machine|Project|User", column)) {
                    Members m = members.get(column);
                    cells.add(MemberTable.Cell.members(m == null ? List.of() : m.of(id)));
                } else {
                    cells.add(MemberTable.Cell.value(ListValues.of(inv, row, column)));
                }
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), accounts);
    }

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
