package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

import java.util.Locale;

/**
 * gchquote and gchres: change the time window or description of a quote or
 * reservation by id: {@code <Object> Modify} with assignments EndTime, StartTime, Description, then
 * the extensions and supplements.
 */
public final class ChangeWindow extends GoldCommand {
    private final String name;
    private final String object;
    private final String option;
    private final String label;
    private final String synopsis;

    private ChangeWindow(String name, String object, String option, String label, String synopsis) {
        this.name = name;
        this.object = object;
        this.option = option;
        this.label = label;
        this.synopsis = synopsis;
    }

    public static ChangeWindow quotation() {
        return new ChangeWindow("gchquote", "Quotation", "q", "-q <quote id>",
                "gchquote [-s <start time>] [-e <end time>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-q] <quote id>}");
    }

    public static ChangeWindow reservation() {
        return new ChangeWindow("gchres", "Reservation", "r", "-r <reservation id>",
                "gchres [-s <start time>] [-e <end time>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-r] <reservation id>}");
    }

    @Override public String name() { return name; }
    @Override public String purpose() { return "modify a " + object.toLowerCase(Locale.ROOT); }
    @Override public String synopsis() { return synopsis; }

    @Override
    protected void declare(OptionSet o) {
        o.string("s", "-s <start time>", "New start time.");
        o.string("e", "-e <end time>", "New end time.");
        o.string("d", "-d <description>", "New description.");
        o.extension().commonModify();
        o.integer(option, label, "The " + object.toLowerCase(Locale.ROOT) + " to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, option);
        Request.Builder r = Request.builder(object, "Modify").where(Assign.eq("Id", a.get(option)));
        Assign.ifGiven(a, r, "e", "EndTime");
        Assign.ifGiven(a, r, "s", "StartTime");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
