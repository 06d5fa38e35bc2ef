package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.protocol.Request;
import gold.protocol.client.ClientKeys;

/** glsjob: list jobs; one query, displayed as it comes. */
public final class Glsjob extends GoldCommand {
    static final String HIDDEN = ",CallType,CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glsjob"; }
    @Override public String purpose() { return "query jobs"; }
    @Override public String synopsis() {
        return "glsjob [-J <job id pattern>] [-p <project name>] [-u <user name>] [-m <machine name>] [-C <queue>] [-T <type>] [--stage <stage>] [-s <start time>] [-e <end time>] [--show <attribute name>[,<attribute name>]*] [--showHidden] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version] [[-j] <gold job id>]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.string("J", "-J <job id pattern>", "Display only jobs whose id matches (* and ? are wildcards).");
        o.string("p", "-p <project name>", "Display only jobs of this project.");
        o.string("u", "-u <user name>", "Display only jobs of this user.");
        o.string("m", "-m <machine name>", "Display only jobs on this machine.");
        o.string("C", "-C <queue>", "Display only jobs of this queue.");
        o.string("T", "-T <type>", "Display only jobs of this type.");
        o.string("stage", "--stage <stage>", "Display only jobs at this stage (Quote, Reserve, Charge).");
        o.string("s", "-s <start time>", "Display only jobs starting at or after this time.");
        o.string("e", "-e <end time>", "Display only jobs ending at or before this time.");
        o.show().showHidden().hours().commonList();
        o.integer("j", "-j <gold job id>", "Display only this job.");
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) {
        var a = inv.args();
        Positionals.optionalLenient(a, "j");
        Request.Builder q = inv.supplements(Request.builder("Job", "Query"));
        Assign.matching(a, q, "J", "JobId");
        Assign.whereEach(a, q, "j", "Id", "p", "Project", "u", "User", "m", "Machine", "C", "Queue", "T", "Type",
                "stage", "Stage");
        a.value("s").ifPresent(s -> q.where(Assign.cond("StartTime", "GE", s)));
        a.value("e").ifPresent(e -> q.where(Assign.cond("EndTime", "LE", e)));
        return new Listing(inv, ClientKeys.JOB_SHOW, HIDDEN).sendAsIs(q);
    }
}
