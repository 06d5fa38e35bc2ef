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

/** glsuser: list users, with their projects as a member column. */
public final class Glsuser extends GoldCommand {
    static final String HIDDEN = ",Special,CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glsuser"; }
    @Override public String purpose() { return "query users"; }
    @Override public String synopsis() {
        return "glsuser [-A|-I] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--showSpecial] [-l, --long] [-w, --wide] [--raw] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-u] <user pattern>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active users.");
        o.flag("I", "-I", "Display only inactive users.");
        o.show().showHidden().showSpecial().longWide().commonList();
        o.string("u", "-u <user pattern>", "Display only users matching the pattern (* and ? are wildcards).");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "u");
        List<String> show = Columns.resolve(inv, ClientKeys.USER_SHOW, HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("User", "Query"));
        a.value("u").ifPresent(u -> q.where(Assign.cond("Name", "Match", Assign.pattern(u))));
        if (a.flag("A")) {
            q.where(Assign.eq("Active", "True"));
        }
        if (a.flag("I")) {
            q.where(Assign.eq("Active", "False"));
        }
        if (!a.flag("showSpecial")) {
            q.where(Assign.eq("Special", "False"));
        }
        if (a.flag("showHidden")) {
            q.option("ShowHidden", "True");
        }
        q.get(Selection.of("Name", "Sort"));
        for (String column : show) {
            if (!column.contains("Projects")) {
                q.get(column);
            }
        }
        Response users = inv.send(q);
        int failed = ListSupport.failed(inv, users);
        if (failed >= 0) {
            return failed;
        }
        Members projects = null;
        if (Columns.joined(show).contains("Projects")) {
            Request.Builder m = Request.builder("ProjectUser", "Query");
            a.value("u").ifPresent(u -> m.where(Assign.cond("Name", "Match", Assign.pattern(u))));
            m.get("Project").get("Name").get("Active");
            Response r = inv.send(m);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            projects = Members.flagged(r, "Name", "Project", "Active");
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : users.data()) {
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                cells.add(column.contains("Projects") && projects != null
                        ? MemberTable.Cell.members(projects.of(Members.value(row, "Name")))
                        : MemberTable.Cell.value(ListValues.of(inv, row, column)));
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), users);
    }
}
