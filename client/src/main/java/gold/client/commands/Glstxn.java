package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.client.ClientKeys;

/** glstxn: query the transaction journal. */
public final class Glstxn extends GoldCommand {
    static final String HIDDEN = ",Details,CreationTime,ModificationTime,Deleted,RequestId,TransactionId";

    @Override public String name() { return "glstxn"; }
    @Override public String purpose() { return "query transactions"; }
    @Override public String synopsis() {
        return "glstxn [-O <object>] [-A <action>] [-n <name>] [-U <actor>] [-a <account id>] [-i <allocation id>] [-u <user name>] [-p <project name>] [-m <machine name>] [-J <job id>] [-s <start time>] [<-e> <end time>] [-T <transaction id>] [-R <request id>] [--show <attribute name>[,<attribute name>]* [--showHidden] [--raw] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-V, --version]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.string("O", "-O <object>", "Only transactions on this object.");
        o.string("A", "-A <action>", "Only transactions of this action.");
        o.string("n", "-n <name>", "Only transactions on the object with this name or id.");
        o.string("U", "-U <actor>", "Only transactions made by this actor.");
        o.integer("a", "-a <account id>", "Only transactions of this account.");
        o.integer("i", "-i <allocation id>", "Only transactions of this allocation.");
        o.string("u", "-u <user name>", "Only transactions of this user.");
        o.string("p", "-p <project name>", "Only transactions of this project.");
        o.string("m", "-m <machine name>", "Only transactions of this machine.");
        o.string("J", "-J <job id>", "Only transactions of this job id.");
        o.string("s", "-s <start time>", "Only transactions after this time.");
        o.string("e", "-e <end time>", "Only transactions up to this time.");
        o.integer("T", "-T <transaction id>", "Only this transaction.");
        o.integer("R", "-R <request id>", "Only transactions of this request.");
        o.show().showHidden().hours().commonList();
        o.supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.none(a);
        Request.Builder q = inv.supplements(Request.builder("Transaction", "Query"));
        a.value("s").ifPresent(s -> q.where(Assign.cond("CreationTime", "GT", s)));
        a.value("e").ifPresent(e -> q.where(Assign.cond("CreationTime", "LE", e)));
        Assign.whereEach(a, q, "T", "TransactionId", "R", "RequestId", "O", "Object", "A", "Action", "n", "Name",
                "p", "Project", "u", "User", "m", "Machine", "a", "Account", "i", "Allocation", "U", "Actor", "J", "JobId");
        return new Listing(inv, ClientKeys.TRANSACTION_SHOW, HIDDEN).sendAsIs(q);
    }
}
