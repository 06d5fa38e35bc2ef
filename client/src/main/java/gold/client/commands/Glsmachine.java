package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.client.ClientKeys;

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
        Request.Builder q = inv.supplements(Request.builder("Machine", "Query"));
        Listing.byNameAndState(a, q, "m");
        return new Listing(inv, ClientKeys.MACHINE_SHOW, Glsuser.HIDDEN).sendAsIs(q);
    }
}
