package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** greserve: hold funds for a starting job. */
public final class Greserve extends GoldCommand {
    @Override public String name() { return "greserve"; }
    @Override public String purpose() { return "make a job reservation"; }
    @Override public String synopsis() {
        return "greserve [-p <project name>] [-u <user name>] [-m <machine name>] [-P <processors>] [-M <memory>] [-D <disk>] [-Q <QOS>] [-t <wallclock time>] [-s <start time>] [-e <end time>] [-q <quote id>] [-d <description>] [--extension|-X <property>=<value>]* [--replace] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-J] <job id}";
    }

    @Override
    protected void declare(OptionSet o) {
        JobOptions.resources(o, false);
        JobOptions.window(o);
        o.integer("q", "-q <quote id>", "Use the charge rates of this guaranteed quote.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
        o.flag("replace", "--replace", "Replace existing reservations of the same job.");
        JobOptions.jobIdLast(o);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "J");
        Request.Builder r = inv.supplements(Request.builder("Job", "Reserve"));
        if (a.flag("replace")) {
            r.option("Replace", "True");
        }
        r.data(JobDatum.build(a, "J", "p", "u", "m", "P", "M", "D", "Q", "t", "s", "e", "q", "d"));
        return inv.sendAndDisplay(r);
    }
}
