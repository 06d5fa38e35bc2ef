package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gmkmachine: create a machine. */
public final class Gmkmachine extends GoldCommand {
    @Override public String name() { return "gmkmachine"; }
    @Override public String purpose() { return "create a new machine"; }
    @Override public String synopsis() {
        return "gmkmachine [-A|-I] [--arch <architecture>] [--opsys <operating system>] [-o <organization name>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-m] <machine name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        MachineOptions.declare(o);
        o.commonModify();
        o.string("m", "-m <machine name>", "Name of the machine to create.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "m");
        Request.Builder r = Request.builder("Machine", "Create").set("Name", a.get("m"));
        if (a.flag("A")) {
            r.set("Active", "True");
        }
        Assign.ifGiven(a, r, "arch", "Architecture");
        Assign.ifGiven(a, r, "opsys", "OperatingSystem");
        if (a.flag("I")) {
            r.set("Active", "False");
        }
        Assign.ifGiven(a, r, "o", "Organization");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
