package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gmkuser: create a user. */
public final class Gmkuser extends GoldCommand {
    @Override public String name() { return "gmkuser"; }
    @Override public String purpose() { return "create a new user"; }
    @Override public String synopsis() {
        return "gmkuser [-A|-I] [-n <common name>] [-F <phone number>] [-E <email address>] [-p <default project>] [-o <organization name>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-u] <user name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        UserOptions.declare(o);
        o.commonModify();
        o.string("u", "-u <user name>", "Name of the user to create.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        Positionals.requiredKey(inv.args(), "u");
        Request.Builder r = Request.builder("User", "Create").set("Name", inv.args().get("u"));
        UserOptions.assignments(inv.args(), r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
