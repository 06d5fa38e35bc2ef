package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;
import java.util.Optional;

/** gwithdraw: withdraw credits from an account. */
public final class Gwithdraw extends GoldCommand {
    @Override public String name() { return "gwithdraw"; }
    @Override public String purpose() { return "withdraw credits from an account"; }
    @Override public String synopsis() {
        return "gwithdraw {-a <account id> | -p <project name>} [-i <allocation id>] [-d <description>] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-z] <amount>}";
    }

    @Override
    protected void declare(OptionSet o) {
        o.string("a", "-a <account id>", "The account to withdraw from.");
        o.string("p", "-p <project name>", "Withdraw from the one account of this project.");
        o.integer("i", "-i <allocation id>", "Withdraw only from this allocation.");
        o.string("c", "", "");
        o.string("d", "-d <description>", "Reason for the withdrawal.");
        o.hours().commonModify();
        o.integer("z", "-z <amount>", "The amount to withdraw.");
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        boolean hours = a.flag("hours");
        // The classic client converts -z to hours before it looks at the positional (quirk kept).
        Optional<String> amount = a.value("z").map(z -> hours ? Amounts.hours(z) : z);
        if (a.positionals().size() == 1) {
            amount = Optional.of(a.positionals().get(0));
        }
        if (amount.isEmpty() || (!a.given("a") && !a.given("p"))) {
            throw UsageException.usage();
        }
        Optional<String> account = a.value("a");
        if (a.given("p")) {
            account = AccountLookup.resolve(inv, a.get("p"), a.value("a"),
                    "There are no accounts for the specified project. Please respecify the withdrawal with a valid account id.",
                    "The specified project has multiple accounts. Please respecify the withdrawal with the appropriate account id.");
            if (account.isEmpty()) {
                return AccountLookup.FAILED;
            }
        }
        Request.Builder r = Request.builder("Account", "Withdraw").option("Amount", amount.get());
        account.ifPresent(id -> r.option("Id", id));
        Assign.option(a, r, "i", "Allocation");
        Assign.option(a, r, "c", "CallType");
        Assign.option(a, r, "d", "Description");
        if (hours) {
            r.option("ShowHours", "True");
        }
        Response response = inv.send(inv.supplements(r));
        if (a.given("p") && response.status() == Status.Success) {
            response = response.withStatus(response.status(), response.code(),
                    "Successfully withdrew " + response.countText() + " credits from project " + a.get("p"));
        }
        inv.display(response);
        return response.exitStatus();
    }
}
