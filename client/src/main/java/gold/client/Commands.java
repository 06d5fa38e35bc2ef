package gold.client;

import gold.client.commands.ChangeWindow;
import gold.client.commands.Gbalance;
import gold.client.commands.Gchaccount;
import gold.client.commands.Gchalloc;
import gold.client.commands.Gcharge;
import gold.client.commands.Gchmachine;
import gold.client.commands.Gchpasswd;
import gold.client.commands.Gchproject;
import gold.client.commands.Gchuser;
import gold.client.commands.Gdeposit;
import gold.client.commands.Glsaccount;
import gold.client.commands.Glsalloc;
import gold.client.commands.Glsjob;
import gold.client.commands.Glsmachine;
import gold.client.commands.Glsproject;
import gold.client.commands.Glsquote;
import gold.client.commands.Glsres;
import gold.client.commands.Glstxn;
import gold.client.commands.Glsuser;
import gold.client.commands.Gmkaccount;
import gold.client.commands.Gmkmachine;
import gold.client.commands.Gmkproject;
import gold.client.commands.Gmkuser;
import gold.client.commands.Gquote;
import gold.client.commands.Grefund;
import gold.client.commands.Greserve;
import gold.client.commands.Gstatement;
import gold.client.commands.Gtransfer;
import gold.client.commands.Gusage;
import gold.client.commands.Gwithdraw;
import gold.client.commands.Mybalance;
import gold.client.commands.Remove;
import gold.client.commands.RemoveExpired;
import java.util.List;
import java.util.Optional;

/**
 * The command registry: a name to a fresh command instance, by a plain switch so that starting a
 * command loads only its own classes (no reflection, no scanning). {@link #NAMES} is the stable
 * order of resources/gold/client/commands.txt, from which the launchers are made.
 */
public final class Commands {
    /** Every command name, in the order of commands.txt. */
    public static final List<String> NAMES = List.of(
            "gbalance", "mybalance", "gmkaccount", "glsaccount", "gchaccount", "grmaccount", "gdeposit",
            "gwithdraw", "gtransfer", "gstatement", "glsalloc", "gchalloc", "grmalloc",
            "gmkproject", "glsproject", "gchproject", "grmproject", "gusage", "gmkuser", "glsuser", "gchuser",
            "grmuser", "gchpasswd", "gmkmachine", "glsmachine", "gchmachine", "grmmachine",
            "gquote", "greserve", "gcharge", "grefund", "glsjob", "glsquote", "gchquote", "grmquote", "glsres",
            "gchres", "grmres", "glstxn");

    private Commands() {
    }

    public static Optional<GoldCommand> create(String name) {
        GoldCommand command = switch (name) {
            case "gbalance" -> new Gbalance();
            case "mybalance" -> new Mybalance();
            case "gmkaccount" -> new Gmkaccount();
            case "glsaccount" -> new Glsaccount();
            case "gchaccount" -> new Gchaccount();
            case "grmaccount" -> Remove.account();
            case "gdeposit" -> new Gdeposit();
            case "gwithdraw" -> new Gwithdraw();
            case "gtransfer" -> new Gtransfer();
            case "gstatement" -> new Gstatement();
            case "glsalloc" -> new Glsalloc();
            case "gchalloc" -> new Gchalloc();
            case "grmalloc" -> RemoveExpired.allocation();
            case "gmkproject" -> new Gmkproject();
            case "glsproject" -> new Glsproject();
            case "gchproject" -> new Gchproject();
            case "grmproject" -> Remove.project();
            case "gusage" -> new Gusage();
            case "gmkuser" -> new Gmkuser();
            case "glsuser" -> new Glsuser();
            case "gchuser" -> new Gchuser();
            case "grmuser" -> Remove.user();
            case "gchpasswd" -> new Gchpasswd();
            case "gmkmachine" -> new Gmkmachine();
            case "glsmachine" -> new Glsmachine();
            case "gchmachine" -> new Gchmachine();
            case "grmmachine" -> Remove.machine();
            case "gquote" -> new Gquote();
            case "greserve" -> new Greserve();
            case "gcharge" -> new Gcharge();
            case "grefund" -> new Grefund();
            case "glsjob" -> new Glsjob();
            case "glsquote" -> new Glsquote();
            case "gchquote" -> ChangeWindow.quotation();
            case "grmquote" -> RemoveExpired.quotation();
            case "glsres" -> new Glsres();
            case "gchres" -> ChangeWindow.reservation();
            case "grmres" -> RemoveExpired.reservation();
            case "glstxn" -> new Glstxn();
            default -> null;
        };
        return Optional.ofNullable(command);
    }
}
