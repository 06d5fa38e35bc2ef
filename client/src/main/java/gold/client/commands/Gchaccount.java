package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;

import java.util.Locale;

/** gchaccount: modify an account and its members. */
public final class Gchaccount extends GoldCommand {
    @Override public String name() { return "gchaccount"; }
    @Override public String purpose() { return "modify an account"; }
    @Override public String synopsis() {
        return "gchaccount [-n <account name>] [-d <description>] [--addProjects <project name>[,<project name>]*] [--addUsers <user name>[,<user name>]*] [--addMachines <machine name>[,<machine name>]*] [--delProjects <project name>[,<project name>]*] [--delUsers <user name>[,<user name>]*] [--delMachines <machine name>[,<machine name>]*] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-a] <account id>}";
    }

    @Override
    protected void declare(OptionSet o) {
        o.string("n", "-n <account name>", "New name.");
        o.string("d", "-d <description>", "New description.");
        for (String t : new String[] {"Projects", "Users", "Machines"}) {
            String word = t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT);
            o.string("add" + t, "--add" + t + " <" + word + " name>[,<" + word + " name>]*",
                    "Add " + t.toLowerCase(Locale.ROOT) + "; a leading '-' denies access.");
        }
        for (String t : new String[] {"Projects", "Users", "Machines"}) {
            String word = t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT);
            o.string("del" + t, "--del" + t + " <" + word + " name>[,<" + word + " name>]*",
                    "Remove " + t.toLowerCase(Locale.ROOT) + ".");
        }
        o.extension();
        o.commonModify();
        o.integer("a", "-a <account id>", "The account to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "a");
        String id = a.get("a");
        Response last = null;
        if (a.given("n") || a.given("d") || !a.map("extension").isEmpty()) {
            Request.Builder r = Request.builder("Account", "Modify").where(Assign.eq("Id", id));
            Assign.ifGiven(a, r, "n", "Name");
            Assign.ifGiven(a, r, "d", "Description");
            Assign.extensions(a, r);
            last = shown(inv, inv.supplements(r));
        }
        String[] types = {"Project", "User", "Machine"};
        for (String t : types) {
            if (a.given("add" + t + "s")) {
                for (MemberSpec m : MemberSpec.parse(a.get("add" + t + "s"))) {
                    last = shown(inv, m.ofAccount("Account" + t, id));
                }
            }
        }
        for (String t : types) {
            if (a.given("del" + t + "s")) {
                for (String name : Columns.split(a.get("del" + t + "s"))) {
                    last = shown(inv, Request.builder("Account" + t, "Delete").where(Assign.eq("Account", id))
                            .where(Assign.eq("Name", name)));
                }
            }
        }
        return last == null ? 0 : last.exitStatus();
    }

    private static Response shown(Invocation inv, Request.Builder r) {
        Response response = inv.send(r);
        inv.display(response);
        return response;
    }
}
