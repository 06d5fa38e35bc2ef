package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gquote: quote the cost of a job. */
public final class Gquote extends GoldCommand {
    @Override public String name() { return "gquote"; }
    @Override public String purpose() { return "obtain a job quotation"; }
    @Override public String synopsis() {
        return "gquote [-p <project name>] [-u <user name>] [-m <machine name>] [-P <processors>] [-M <memory>] [-D <disk>] [-Q <QOS>] [-t <wallclock time>] [-s <start time>] [-e <end time>] [-d <description>] [--extension|-X <property>=<value>]* [--guarantee] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]";
    }

    @Override
    protected void declare(OptionSet o) {
        JobOptions.resources(o, false);
        JobOptions.window(o);
        o.string("d", "-d <description>", "Description.");
        o.extension();
        o.flag("guarantee", "--guarantee", "Store the quote with the current charge rates and print its id.");
        o.commonModify();
        o.supplements(OptionKind.JOB, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.none(a);
        Request.Builder r = inv.supplements(Request.builder("Job", "Quote"));
        r.data(JobDatum.build(a, "p", "u", "m", "P", "M", "D", "Q", "t", "s", "e", "d"));
        if (a.flag("guarantee")) {
            r.option("Guarantee", "True");
        }
        return inv.sendAndDisplay(r);
    }
}
