package gold.client.commands;

import gold.protocol.client.ClientKeys;
import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** glsmachine: list machines; one query, displayed as it comes. */
public final class Glsmachine extends GoldCommand {
    @Override public String name() { return "glsmachine"; }
    @Override public String purpose() { return "query machines"; }
    @Override public String synopsis() {
        return "glsmachine [-A|-I] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--showSpecial] [--raw] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-m] <machine pattern>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Display only active machines.");
        o.flag("I", "-I", "Display only inactive machines.");
        o.show().showHidden().showSpecial().commonList();
        o.string("m", "-m <machine pattern>", "Display only machines matching the pattern (* and ? are wildcards).");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "m");
        var show = Columns.resolve(inv, ClientKeys.MACHINE_SHOW, Glsuser.HIDDEN);
        Request.Builder q = inv.supplements(Request.builder("Machine", "Query"));
        a.value("m").ifPresent(m -> q.where(Assign.cond("Name", "Match", Assign.pattern(m))));
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
        show.forEach(q::get);
        return inv.sendAndDisplay(q);
    }
}
