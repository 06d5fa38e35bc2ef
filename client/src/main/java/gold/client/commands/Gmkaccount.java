package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;

/** gmkaccount: create an account and its project, user and machine members. */
public final class Gmkaccount extends GoldCommand {
    @Override public String name() { return "gmkaccount"; }
    @Override public String purpose() { return "create a new account"; }
    @Override public String synopsis() {
        return "gmkaccount [-n <account name>] [-p <project name>[,<project name>]*] [-u <user name>[,<user name>]*] [-m <machine name>[,<machine name>]*] [-d <description>] [-X | --extension <property>=<value>]* [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]";
    }

    @Override
    protected void declare(OptionSet o) {
        o.string("n", "-n <account name>", "Name of the account.");
        o.string("p", "-p <project name>[,<project name>]*", "Projects that may use the account (ANY, NONE allowed); a leading '-' excludes one.");
        o.string("u", "-u <user name>[,<user name>]*", "Users that may use the account (ANY, MEMBERS, NONE allowed); a leading '-' excludes one.");
        o.string("m", "-m <machine name>[,<machine name>]*", "Machines that may use the account (ANY, MEMBERS, NONE allowed); a leading '-' excludes one.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
        o.commonModify();
        o.supplements(OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.none(a);
        Request.Builder r = Request.builder("Account", "Create");
        Assign.ifGiven(a, r, "n", "Name");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
        Response created = inv.send(inv.supplements(r));
        if (created.isFailure()) {
            inv.display(created);
            return created.exitStatus();
        }
        String id = created.data().isEmpty() ? "" : Members.value(created.data().get(0), "Id");
        Response shown = created.status() == Status.Success
                ? created.withStatus(created.status(), created.code(), "Successfully created Account " + id) : created;
        inv.display(shown);
        for (String[] type : new String[][] {{"p", "AccountProject"}, {"u", "AccountUser"}, {"m", "AccountMachine"}}) {
            boolean any = false;
            if (a.given(type[0])) {
                for (MemberSpec m : MemberSpec.parse(a.get(type[0]))) {
                    any |= !createMember(inv, type[1], id, m).isFailure();
                }
            }
            if (!any) {
                createMember(inv, type[1], id, new MemberSpec("ANY", false));
            }
        }
        return created.exitStatus();
    }

    /** Creates one account member; only a failure is printed. */
    static Response createMember(Invocation inv, String object, String account, MemberSpec m) {
        Response response = inv.send(m.ofAccount(object, account));
        if (response.isFailure()) {
            inv.display(response);
        }
        return response;
    }
}
