package gold.client.commands;

import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.ParsedArgs;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;
import java.util.Optional;

/**
 * The ending gdeposit, gwithdraw, gtransfer and grefund share: the request closes with -c (CallType),
 * -d (Description) and ShowHours for --hours, goes out with the command line's supplements, and its
 * reply is displayed. When the command named a project rather than an account, a success says so:
 * {@code Successfully deposited 100 credits into project chemistry}.
 */
final class BankRequest {
    private BankRequest() {
    }

    /**
     * The options of gdeposit, gwithdraw and gtransfer that follow their account options: the hidden
     * -c, -d, --hours and the common modify options, -z, and the --where/--option supplements.
     */
    static void declareEnd(OptionSet o, String reason, String verb) {
        o.string("c", "", "");
        o.string("d", "-d <description>", "Reason for the " + reason + ".");
        o.hours().commonModify();
        o.integer("z", "-z <amount>", "The amount to " + verb + ".");
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    /**
     * The amount of gwithdraw and gtransfer: one positional argument, else -z (× 3600 with --hours;
     * the classic client converts -z before it looks at the positional, a quirk kept).
     */
    static Optional<String> amount(ParsedArgs a) {
        return a.positionals().size() == 1 ? Optional.of(a.positionals().get(0)) : Amounts.typed(a, "z");
    }

    /** Sends and displays with the server's message. */
    static int send(Invocation inv, Request.Builder r) {
        return send(inv, r, "", "");
    }

    /** Sends and displays; a success reads "Successfully {verb} N credits {place}" when place is not empty. */
    static int send(Invocation inv, Request.Builder r, String verb, String place) {
        var a = inv.args();
        Assign.option(a, r, "c", "CallType");
        Assign.option(a, r, "d", "Description");
        if (a.flag("hours")) {
            r.option("ShowHours", "True");
        }
        Response response = inv.send(inv.supplements(r));
        if (!place.isEmpty() && response.status() == Status.Success) {
            response = response.withStatus(response.status(), response.code(),
                    "Successfully " + verb + " " + response.countText() + " credits " + place);
        }
        inv.display(response);
        return response.exitStatus();
    }
}
