package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Condition;
import gold.protocol.Request;

import java.util.Locale;

/**
 * The delete commands that take an id or {@code -I} for everything expired (grmalloc, grmquote,
 * grmres; grmres also a name with {@code -n}). One positional stands for the id when the option
 * is absent; without any selector the usage is printed.
 */
public final class RemoveExpired extends GoldCommand {
    private final String name;
    private final String object;
    private final String idOption;
    private final String idLabel;
    private final boolean byName;
    private final String synopsis;

    private RemoveExpired(String name, String object, String idOption, String idLabel, boolean byName, String synopsis) {
        this.name = name;
        this.object = object;
        this.idOption = idOption;
        this.idLabel = idLabel;
        this.byName = byName;
        this.synopsis = synopsis;
    }

    public static RemoveExpired allocation() {
        return new RemoveExpired("grmalloc", "Allocation", "i", "-i <allocation id>", false,
                "grmalloc (-I | {[-i] <allocation id>}) [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]");
    }

    public static RemoveExpired quotation() {
        return new RemoveExpired("grmquote", "Quotation", "q", "-q <quotation id>", false,
                "grmquote (-I | {[-q] <quotation id>}) [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]");
    }

    public static RemoveExpired reservation() {
        return new RemoveExpired("grmres", "Reservation", "r", "-r <reservation id>", true,
                "grmres (-I | {-n <reservation name>} | {[-r] <reservation id>}) [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]");
    }

    @Override public String name() { return name; }
    @Override public String purpose() { return "delete " + object.toLowerCase(Locale.ROOT) + "s"; }
    @Override public String synopsis() { return synopsis; }

    @Override
    protected void declare(OptionSet o) {
        o.flag("I", "-I", object.equals("Allocation") ? "Purge every inactive allocation." : "Delete every expired "
                + object.toLowerCase(Locale.ROOT) + ".");
        if (byName) {
            o.string("n", "-n <reservation name>", "Delete the reservations with this name (e.g. a job id).");
        }
        o.commonModify();
        o.integer(idOption, idLabel, "The " + object.toLowerCase(Locale.ROOT) + " to delete.");
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        if (!a.given(idOption) && a.positionals().size() == 1) {
            a.put(idOption, a.positionals().get(0));
        }
        if (!a.flag("I") && !a.given(idOption) && !(byName && a.given("n"))) {
            throw UsageException.usage();
        }
        Request.Builder r = Request.builder(object, "Delete");
        if (byName) {
            Assign.where(a, r, "n", "Name");
        }
        Assign.where(a, r, idOption, "Id");
        if (a.flag("I")) {
            if (object.equals("Allocation")) {
                Conditions.inactive(r);
            } else {
                r.where(Condition.of("EndTime", "LT", "now"));
            }
        }
        return inv.sendAndDisplay(inv.supplements(r));
    }
}
