package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

import java.util.Locale;

/**
 * The delete commands whose key is one name or id, required as option or sole positional
 * (grmuser, grmproject, grmmachine, grmaccount): {@code <Object> Delete} with the key condition,
 * then the {@code --where}/{@code --option} supplements.
 */
public final class Remove extends GoldCommand {
    private final String name;
    private final String object;
    private final String attribute;
    private final String option;
    private final boolean integer;
    private final String label;
    private final String synopsis;

    private Remove(String name, String object, String attribute, String option, boolean integer, String label,
                   String synopsis) {
        this.name = name;
        this.object = object;
        this.attribute = attribute;
        this.option = option;
        this.integer = integer;
        this.label = label;
        this.synopsis = synopsis;
    }

    public static Remove user() {
        return new Remove("grmuser", "User", "Name", "u", false, "-u <user name>",
                "grmuser [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] [[-u] <user name>}");
    }

    public static Remove project() {
        return new Remove("grmproject", "Project", "Name", "p", false, "-p <project name>",
                "grmproject [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-p] <project name>}");
    }

    public static Remove machine() {
        return new Remove("grmmachine", "Machine", "Name", "m", false, "-m <machine name>",
                "grmmachine [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-m] <machine name>}");
    }

    public static Remove account() {
        return new Remove("grmaccount", "Account", "Id", "a", true, "-a <account id>",
                "grmaccount [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-a] <account id>}");
    }

    @Override public String name() { return name; }
    @Override public String purpose() { return "delete a " + object.toLowerCase(Locale.ROOT); }
    @Override public String synopsis() { return synopsis; }

    @Override
    protected void declare(OptionSet o) {
        o.commonModify();
        o.add(integer ? OptionKind.INT : OptionKind.STRING, option, label, "The " + object.toLowerCase(Locale.ROOT)
                + " to delete.");
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        Positionals.requiredKey(inv.args(), option);
        Request.Builder r = Request.builder(object, "Delete").where(Assign.eq(attribute, inv.args().get(option)));
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
