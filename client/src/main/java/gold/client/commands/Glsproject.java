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

/** glsproject: list projects with their user and machine members. */
public final class Glsproject extends GoldCommand {
    @Override public String name() { return "glsproject"; }
    @Override public String purpose() { return "query projects"; }
    @Override public String synopsis() {
        return "glsproject [-A|-I] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--showSpecial] [-l, --long] [-w, --wide] [--raw] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-p] <project pattern>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active projects.");
        o.flag("I", "-I", "Display only inactive projects.");
        o.show().showHidden().showSpecial().longWide().commonList();
        o.string("p", "-p <project pattern>", "Display only projects matching the pattern (* and ? are wildcards).");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "p");
        List<String> show = Columns.resolve(inv, ClientKeys.PROJECT_SHOW, Glsuser.HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Project", "Query"));
        a.value("p").ifPresent(p -> q.where(Assign.cond("Name", "Match", Assign.pattern(p))));
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
            if (!Columns.matches("Users|Projects|Machines", column)) {
                q.get(column);
            }
        }
        Response projects = inv.send(q);
        int failed = ListSupport.failed(inv, projects);
        if (failed >= 0) {
            return failed;
        }
        String joined = Columns.joined(show);
        Members users = Members.none();
        Members machines = users;
        for (String[] kind : new String[][] {{"Users", "ProjectUser"}, {"Machines", "ProjectMachine"}}) {
            if (!joined.contains(kind[0])) {
                continue;
            }
            Request.Builder m = Request.builder(kind[1], "Query");
            a.value("p").ifPresent(p -> m.where(Assign.cond("Project", "Match", Assign.pattern(p))));
            m.get("Project").get("Name").get("Active");
            Response r = inv.send(m);
            if (r.isFailure()) {
                return ListSupport.abort(inv, r);
            }
            Members found = Members.flagged(r, "Project", "Name", "Active");
            if (kind[0].equals("Users")) {
                users = found;
            } else {
                machines = found;
            }
        }
        MemberTable table = new MemberTable(show, a.flag("long"));
        for (Row row : projects.data()) {
            String name = Members.value(row, "Name");
            List<MemberTable.Cell> cells = new ArrayList<>();
            for (String column : show) {
                if (column.contains("Users")) {
                    cells.add(MemberTable.Cell.members(users.of(name)));
                } else if (column.contains("Machines")) {
                    cells.add(MemberTable.Cell.members(machines.of(name)));
                } else if (column.contains("Projects")) {
                    cells.add(MemberTable.Cell.members(List.of()));
                } else {
                    cells.add(MemberTable.Cell.value(ListValues.of(inv, row, column)));
                }
            }
            table.add(cells);
        }
        return ListSupport.finish(inv, table.table(), projects);
    }
}
