package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;

import java.util.List;

/** gchproject: modify a project and its memberships. */
public final class Gchproject extends GoldCommand {
    @Override public String name() { return "gchproject"; }
    @Override public String purpose() { return "modify a project"; }
    @Override public String synopsis() {
        return "gchproject [-A|-I] [-o <organization name>] [-d <description>] [--addUsers <user name>[,<user name>]*] [--addMachines <machine name>[,<machine name>]*] [--delUsers <user name>[,<user name>]*] [--delMachines <machine name>[,<machine name>]*] [--actUsers <user name>[,<user name>]*] [--actMachines <machine name>[,<machine name>]*] [--deactUsers <user name>[,<user name>]*] [--deactMachines <machine name>[,<machine name>]*] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-p] <project name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Activate the project.");
        o.flag("I", "-I", "Deactivate the project.");
        o.string("o", "-o <organization name>", "New organization.");
        o.string("d", "-d <description>", "New description.");
        o.string("addUsers", "--addUsers <user name>[,<user name>]*", "Add users; a leading '-' adds an inactive member.");
        o.string("addMachines", "--addMachines <machine name>[,<machine name>]*", "Add machines; a leading '-' adds an inactive member.");
        o.string("delUsers", "--delUsers <user name>[,<user name>]*", "Remove users.");
        o.string("delMachines", "--delMachines <machine name>[,<machine name>]*", "Remove machines.");
        o.string("actUsers", "--actUsers <user name>[,<user name>]*", "Activate user memberships.");
        o.string("actMachines", "--actMachines <machine name>[,<machine name>]*", "Activate machine memberships.");
        o.string("deactUsers", "--deactUsers <user name>[,<user name>]*", "Deactivate user memberships.");
        o.string("deactMachines", "--deactMachines <machine name>[,<machine name>]*", "Deactivate machine memberships.");
        o.extension();
        o.commonModify();
        o.string("p", "-p <project name>", "The project to modify.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "p");
        String p = a.get("p");
        Response last = null;
        if (a.flag("A") || a.flag("I") || a.given("d") || a.given("o") || !a.map("extension").isEmpty()) {
            Request.Builder r = Request.builder("Project", "Modify").where(Assign.eq("Name", p));
            Assign.active(a, r);
            Assign.ifGiven(a, r, "o", "Organization");
            Assign.ifGiven(a, r, "d", "Description");
            Assign.extensions(a, r);
            last = show(inv, inv.supplements(r));
        }
        for (MemberSpec m : list(a.get("addUsers"))) {
            last = show(inv, m.ofProject("ProjectUser", p));
        }
        for (MemberSpec m : list(a.get("addMachines"))) {
            last = show(inv, m.ofProject("ProjectMachine", p));
        }
        for (MemberSpec m : list(a.get("delUsers"))) {
            last = show(inv, member("ProjectUser", "Delete", p, m.name()));
        }
        for (MemberSpec m : list(a.get("delMachines"))) {
            last = show(inv, member("ProjectMachine", "Delete", p, m.name()));
        }
        String[][] toggles = {{"actUsers", "ProjectUser", "True"}, {"actMachines", "ProjectMachine", "True"},
            {"deactUsers", "ProjectUser", "False"}, {"deactMachines", "ProjectMachine", "False"}};
        for (String[] t : toggles) {
            for (MemberSpec m : list(a.get(t[0]))) {
                last = show(inv, member(t[1], "Modify", p, m.name()).set("Active", t[2]));
            }
        }
        return last == null ? 0 : last.exitStatus();
    }

    private static List<MemberSpec> list(String value) {
        return value.isEmpty() ? List.of() : MemberSpec.parse(value);
    }

    private static Request.Builder member(String object, String action, String project, String name) {
        return Request.builder(object, action).where(Assign.eq("Project", project)).where(Assign.eq("Name", name));
    }

    private static Response show(Invocation inv, Request.Builder r) {
        Response response = inv.send(r);
        inv.display(response);
        return response;
    }
}
