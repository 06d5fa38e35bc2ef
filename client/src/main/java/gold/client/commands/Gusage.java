package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.Table;
import gold.client.UsageException;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import java.util.List;

/** gusage: charges of a project per user over a period. */
public final class Gusage extends GoldCommand {
    /** The records of {@code --format json|csv}. */
    static final List<String> COLUMNS = List.of("User", "Amount");

    @Override public String name() { return "gusage"; }
    @Override public String purpose() { return "display project usage by user"; }
    @Override public String synopsis() {
        return "gusage [-s <start time>] [-e <end time>] [-h, --hours] [--debug] [-?, --help] [--man] [-V, --version] {[-p] <project name>}";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.string("s", "-s <start time>", "Start of the period (default -infinity).");
        o.string("e", "-e <end time>", "End of the period (default now).");
        o.hours().commonReport();
        o.string("p", "-p <project name>", "The project to report on.");
        o.supplements(OptionKind.GET);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "p");
        String start = a.value("s").orElse("-infinity");
        String end = a.value("e").orElse("now");
        boolean records = inv.renderer().options().format().records();
        if (!records) {
            inv.session().out().print(Report.RULE + "\n#\n# Usage Summary for project " + a.get("p") + "\n# Generated on "
                    + Report.ctime(inv) + ".\n# Reporting user charges from " + start + " to " + end + ".\n#\n"
                    + Report.RULE + "\n\n");
        }
        Request.Builder q = Request.builder("Transaction", "Query")
                .where(Condition.of("Object", "", "Job")).where(Condition.of("Action", "", "Charge"))
                .where(Condition.of("Project", "", a.get("p")))
                .where(Condition.of("CreationTime", "GE", start)).where(Condition.of("CreationTime", "LT", end))
                .get(Selection.of("User", "GroupBy")).get(Selection.of("Amount", "Sum"));
        Response r = inv.send(inv.supplements(q));
        if (r.isFailure()) {
            return Report.abort(inv, r);
        }
        if (records) {
            // one schema whatever the reply: a project without charges still gets its header
            inv.renderer().printData(Table.of(r, inv.times()).select(COLUMNS), true);
            inv.renderer().printMessage(r.status(), r.message());
        } else {
            inv.display(r);
        }
        return 0;
    }
}
