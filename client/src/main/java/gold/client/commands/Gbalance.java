package gold.client.commands;

import gold.client.CurrencyFormat;
import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.protocol.client.ClientKeys;
import java.math.BigDecimal;
import java.util.Optional;

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
        Assign.usableBy(a, r);
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
        Listing listing = new Listing(inv, ClientKeys.ACCOUNT_SHOW.withDefault(DEFAULT_SHOW), "");
        Request.Builder q = inv.supplements(Request.builder("Account", "Query"));
        q.option("UseRules", "True").option("IncludeAncestors", "True");
        Assign.usableBy(a, q);
        listing.select(q, Selection.of("Id"),
                "Amount|CreditLimit|Available|Balance|Machine|Project|Reserved|User|Deposited|Percentage");
        return listing.display(q, "Id", () -> {
            AccountColumns members = AccountColumns.members(listing, Optional.empty());
            Keyed sums = Keyed.of(listing.fetch("Amount|CreditLimit|Balance|Available|Deposited|Percentage",
                    sumQuery(a.value("c").orElse("Normal"))), "Account");
            Keyed reserved = Keyed.of(listing.fetch("Reserved|Balance|Available", reservedQuery()), "Account");
            return (id, column) -> {
                String value = amountColumn(column, sums, reserved, id);
                if (value != null) {
                    return MemberTable.Cell.value(value);
                }
                return Columns.matches("Machine|Project|User", column) ? members.cell(column, id) : null;
            };
        });
    }

    /** The sums of the active allocations of this call type per account. */
    private static Request.Builder sumQuery(String callType) {
        Request.Builder s = Request.builder("Allocation", "Query");
        Conditions.active(s);
        s.where(Assign.eq("CallType", callType));
        return AccountColumns.sums(s);
    }

    /** The amounts held by the active reservations, per account. */
    private static Request.Builder reservedQuery() {
        Request.Builder s = Request.builder().object(ObjectRef.of("Reservation"))
                .object(ObjectRef.of("ReservationAllocation")).action("Query");
        s.get(new Selection("ReservationAllocation", "Account", "GroupBy", ""));
        s.get(new Selection("ReservationAllocation", "Amount", "Sum", ""));
        s.where(new Condition("", "", "Reservation", "Id", "", "ReservationAllocation", "Reservation"));
        s.where(new Condition("", "", "Reservation", "StartTime", "LE", "", "now"));
        s.where(new Condition("", "", "Reservation", "EndTime", "GT", "", "now"));
        return s;
    }

    /** The value of an amount column of the account, or null when the column is not one. */
    private static String amountColumn(String column, Keyed sums, Keyed reserved, String id) {
        BigDecimal amount = number(sums.number(id, "Amount"));
        BigDecimal held = number(reserved.number(id, "Amount"));
        BigDecimal credit = number(sums.number(id, "CreditLimit"));
        BigDecimal deposited = number(sums.number(id, "Deposited"));
        return switch (column) {
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
