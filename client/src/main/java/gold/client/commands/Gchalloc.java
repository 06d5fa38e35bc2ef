package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gchalloc: modify an allocation. */
public final class Gchalloc extends GoldCommand {
    @Override public String name() { return "gchalloc"; }
    @Override public String purpose() { return "modify an allocation"; }
    @Override public String synopsis() {
        return "gchalloc [-s <start time>] [-e <end time>] [-L <credit limit>] [-d <description>] [-X | --extension <property>=<value>]* [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-i] <allocation id>}";
    }

    @Override
    protected void declare(OptionSet o) {
        o.string("s", "-s <start time>", "New start time.");
        o.string("e", "-e <end time>", "New end time.");
        o.integer("L", "-L <credit limit>", "New credit limit.");
        o.string("d", "-d <description>", "New description.");
        o.extension().hours().commonModify();
        o.integer("i", "-i <allocation id>", "The allocation to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "i");
        Request.Builder r = Request.builder("Allocation", "Modify").where(Assign.eq("Id", a.get("i")));
        Assign.ifGiven(a, r, "s", "StartTime");
        Assign.ifGiven(a, r, "e", "EndTime");
        Amounts.typed(a, "L").ifPresent(l -> r.set("CreditLimit", l));
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
