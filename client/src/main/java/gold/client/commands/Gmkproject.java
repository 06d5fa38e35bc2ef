package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;

/** gmkproject: create a project and its members. */
public final class Gmkproject extends GoldCommand {
    @Override public String name() { return "gmkproject"; }
    @Override public String purpose() { return "create a new project"; }
    @Override public String synopsis() {
        return "gmkproject [-A|-I] [-u <user name>[,<user name>]*] [-m <machine name>[,<machine name>]*] [-o <organization name>] [-d <description>] [-X | --extension <property>=<value>]* [--createAccount=True|False] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-p] <project name>}";
    }

    @Override
    protected void declare(OptionSet o) {
        o.flag("A", "-A", "Activate the project.");
        o.flag("I", "-I", "Deactivate the project.");
        o.string("u", "-u <user name>[,<user name>]*", "Users that are members; a leading '-' makes a membership inactive.");
        o.string("m", "-m <machine name>[,<machine name>]*", "Machines that are members; a leading '-' makes a membership inactive.");
        o.string("o", "-o <organization name>", "Organization of the project.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
        o.string("createAccount", "--createAccount=True|False", "Create (or not) a default account for the project, overriding the server's account.autogen.");
        o.commonModify();
        o.string("p", "-p <project name>", "Name of the project to create.");
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.requiredKey(a, "p");
        String project = a.get("p");
        Request.Builder r = Request.builder("Project", "Create").set("Name", project);
        Assign.active(a, r);
        Assign.ifGiven(a, r, "o", "Organization");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        Assign.option(a, r, "createAccount", "CreateAccount");
        Response created = inv.send(inv.supplements(r));
        inv.display(created);
        if (!created.isFailure()) {
            addMembers(inv, "ProjectUser", project, a.value("u").orElse(null));
            addMembers(inv, "ProjectMachine", project, a.value("m").orElse(null));
        }
        return created.exitStatus();
    }

    /** Creates project members; only failures are printed. */
    static void addMembers(Invocation inv, String object, String project, String list) {
        if (list == null) {
            return;
        }
        for (MemberSpec m : MemberSpec.parse(list)) {
            Response response = inv.send(m.ofProject(object, project));
            if (response.isFailure()) {
                inv.display(response);
            }
        }
    }
}
