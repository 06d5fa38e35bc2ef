package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gchuser: modify a user. */
public final class Gchuser extends GoldCommand {
    @Override public String name() { return "gchuser"; }
    @Override public String purpose() { return "modify a user"; }
    @Override public String synopsis() {
        return "gchuser [-A|-I] [-n <common name>] [-F <phone number>] [-E <email address>] [-p <default project>] [-o <organization name>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-u] <user name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        UserOptions.declare(o);
        o.commonModify();
        o.string("u", "-u <user name>", "Name of the user to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        Positionals.requiredKey(inv.args(), "u");
        Request.Builder r = Request.builder("User", "Modify").where(Assign.eq("Name", inv.args().get("u")));
        UserOptions.assignments(inv.args(), r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
