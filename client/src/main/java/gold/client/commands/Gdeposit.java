package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** gdeposit: deposit credits into an account, optionally creating an allocation. */
public final class Gdeposit extends GoldCommand {
    @Override public String name() { return "gdeposit"; }
    @Override public String purpose() { return "deposit credits into an account"; }
    @Override public String synopsis() {
        return "gdeposit {-a <account id> | -p <project name>} [-i <allocation id>] [-s <start time>] [-e <end time>] [-L <credit limit>] [-d <description>] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] [[-z] <amount>]";
    }

    @Override
    protected void declare(OptionSet o) {
        o.integer("a", "-a <account id>", "The account to deposit into.");
        o.string("p", "-p <project name>", "Deposit into the one account of this project.");
        o.integer("i", "-i <allocation id>", "Deposit into this existing allocation.");
        o.string("s", "-s <start time>", "Start of a new allocation (default -infinity).");
        o.string("e", "-e <end time>", "End of a new allocation (default infinity).");
        o.integer("L", "-L <credit limit>", "Credit limit of a new allocation.");
        BankRequest.declareEnd(o, "deposit", "deposit");
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalLenient(a, "z");
        if (!a.given("a") && !a.given("p")) {
            throw UsageException.usage();
        }
        var account = AccountLookup.choose(inv, "a", "p", "deposit", "");
        if (account.failed()) {
            return AccountLookup.FAILED;
        }
        Request.Builder r = Request.builder("Account", "Deposit");
        account.id().ifPresent(id -> r.option("Id", id));
        Amounts.typed(a, "z").ifPresent(z -> r.option("Amount", z));
        Assign.option(a, r, "i", "Allocation");
        Assign.option(a, r, "s", "StartTime");
        Assign.option(a, r, "e", "EndTime");
        Amounts.typed(a, "L").ifPresent(l -> r.option("CreditLimit", l));
        return BankRequest.send(inv, r, "deposited", a.given("p") ? "into project " + a.get("p") : "");
    }
}
