package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gchmachine: modify a machine. */
public final class Gchmachine extends GoldCommand {
    @Override public String name() { return "gchmachine"; }
    @Override public String purpose() { return "modify a machine"; }
    @Override public String synopsis() {
        return "gchmachine [-A|-I] [--arch <architecture>] [--opsys <operating system>] [-o <organization name>] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-m] <machine name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        MachineOptions.declare(o);
        o.commonModify();
        o.string("m", "-m <machine name>", "Name of the machine to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "m");
        Request.Builder r = Request.builder("Machine", "Modify").where(Assign.eq("Name", a.get("m")));
        Assign.active(a, r);
        Assign.ifGiven(a, r, "arch", "Architecture");
        Assign.ifGiven(a, r, "opsys", "OperatingSystem");
        Assign.ifGiven(a, r, "o", "Organization");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
