package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
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
        BankRequest.declareEnd(o, "withdrawal", "withdraw");
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Optional<String> amount = BankRequest.amount(a);
        if (amount.isEmpty() || (!a.given("a") && !a.given("p"))) {
            throw UsageException.usage();
        }
        var account = AccountLookup.choose(inv, "a", "p", "withdrawal", "");
        if (account.failed()) {
            return AccountLookup.FAILED;
        }
        Request.Builder r = Request.builder("Account", "Withdraw").option("Amount", amount.get());
        account.id().ifPresent(id -> r.option("Id", id));
        Assign.option(a, r, "i", "Allocation");
        return BankRequest.send(inv, r, "withdrew", a.given("p") ? "from project " + a.get("p") : "");
    }
}
