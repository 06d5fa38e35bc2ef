package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * gchpasswd: set a user's password. Reads the password without echo from the
 * console when there is one, else one line of stdin (no stty noise, a documented improvement).
 */
public final class Gchpasswd extends GoldCommand {
    @Override public String name() { return "gchpasswd"; }
    @Override public String purpose() { return "set a user's password"; }
    @Override public String synopsis() {
        return "gchpasswd [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] [[-u] <user name>]";
    }

    @Override
    protected void declare(OptionSet o) {
        o.commonModify();
        o.string("u", "-u <user name>", "The user whose password is set (default: yourself).");
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) {
        var a = inv.args();
        String user = a.value("u").orElse(a.positionals().size() == 1 ? a.positionals().get(0) : inv.session().actor());
        Response query = inv.send(Request.builder("Password", "Query").where(Assign.eq("User", user)));
        if (query.status() != Status.Success) {
            inv.display(query);
            return query.exitStatus();
        }
        inv.session().out().print("Enter your new password: ");
        inv.session().out().flush();
        String password = readPassword(inv);
        inv.session().out().print('\n');
        Request.Builder change = query.count() > 0
                ? Request.builder("Password", "Modify").where(Assign.eq("User", user)).set("Password", password)
                : Request.builder("Password", "Create").set("User", user).set("Password", password);
        return inv.sendAndDisplay(change);
    }

    private static String readPassword(Invocation inv) {
        Console console = System.console();
        if (console != null && inv.session().in() == System.in) {
            char[] chars = console.readPassword();
            return chars == null ? "" : new String(chars);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(inv.session().in(), StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password", e);
        }
    }
}
