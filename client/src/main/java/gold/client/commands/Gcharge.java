package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gcharge: charge a finished job. */
public final class Gcharge extends GoldCommand {
    @Override public String name() { return "gcharge"; }
    @Override public String purpose() { return "issue a job charge"; }
    @Override public String synopsis() {
        return "gcharge [-p <project name>] [-u <user name>] [-m <machine name>] [-P <processors>] [-N <nodes>] [-M <memory>] [-D <disk>] [-Q <QOS>] [-t <wallclock time>] [-S <job state>] [-T <type>] [--application <application>] [--executable <executable>] [-C <queue>] [-s <start time>] [-e <end time>] [-q <quote id>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-J] <job id>}";
    }

    @Override
    protected void declare(OptionSet o) {
        JobOptions.resources(o, true);
        o.string("S", "-S <job state>", "Final state of the job.");
        o.string("T", "-T <type>", "Job type.");
        o.string("application", "--application <application>", "Application.");
        o.string("executable", "--executable <executable>", "Executable.");
        o.string("C", "-C <queue>", "Queue (partition).");
        JobOptions.window(o);
        o.string("q", "-q <quote id>", "Use the charge rates of this guaranteed quote.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
        JobOptions.jobIdLast(o);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "J");
        Request.Builder r = inv.supplements(Request.builder("Job", "Charge"));
        r.data(JobDatum.build(a, "J", "p", "u", "m", "P", "N", "M", "D", "Q", "t", "q", "S", "T", "s", "e", "C",
                "application", "executable", "d"));
        return inv.sendAndDisplay(r);
    }
}
