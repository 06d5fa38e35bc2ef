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
        List<String> show = Columns.resolve(inv, ClientKeys.QUOTATION_SHOW, Glsjob.HIDDEN);
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
        if (a.flag("showHidden")) {
            q.option("ShowHidden", "True");
        }
        q.get(Selection.of("Id", "Sort"));
        for (String column : show) {
            if (!column.contains("ChargeRates")) {
                q.get(column);
            }
        }
        Response quotes = inv.send(q);
        int failed = ListSupport.failed(inv, quotes);
        if (failed >= 0) {
            return failed;
        }
        Members rates = Members.none();
        if (Columns.joined(show).contains("ChargeRates")) {
            Request.Builder m = Request.builder("QuotationChargeRate", "Query");
            Assign.where(a, m, "q", "Quotation");
            m.get("Quotation").get("Type").get("Name").get("Rate");
            Response r = inv.send(m);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            rates = Members.of(r, "Quotation", row -> Members.value(row, "Type") + ":" + Members.value(row, "Name")
                    + ":" + Members.value(row, "Rate"));
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : quotes.data()) {
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                cells.add(column.contains("ChargeRates")
                        ? MemberTable.Cell.members(rates.of(Members.value(row, "Id")))
                        : MemberTable.Cell.value(ListValues.of(inv, row, column)));
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), quotes);
    }
}
