package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;
import java.util.Optional;

/** gtransfer: transfer credits between accounts. */
public final class Gtransfer extends GoldCommand {
    @Override public String name() { return "gtransfer"; }
    @Override public String purpose() { return "transfer credits between accounts"; }
    @Override public String synopsis() {
        return "gtransfer {--fromAccount <source account id> | --fromProject <source project name> | -i <allocation id>} {--toAccount <destination account id> | --toProject <destination Project Name>} [-d <description>] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version] [-z] <amount>";
    }

    @Override
    protected void declare(OptionSet o) {
        o.integer("fromAccount", "--fromAccount <source account id>", "The account to take the credits from.");
        o.string("fromProject", "--fromProject <source project name>", "Take the credits from the one account of this project.");
        o.integer("i", "-i <allocation id>", "Transfer only from this allocation.");
        o.integer("toAccount", "--toAccount <destination account id>", "The account to give the credits to.");
        o.string("toProject", "--toProject <destination Project Name>", "Give the credits to the one account of this project.");
        BankRequest.declareEnd(o, "transfer", "transfer");
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Optional<String> amount = BankRequest.amount(a);
        boolean source = a.given("fromAccount") || a.given("fromProject");
        boolean target = a.given("toAccount") || a.given("toProject");
        if (amount.isEmpty() || !source || !target) {
            throw UsageException.usage();
        }
        var from = AccountLookup.choose(inv, "fromAccount", "fromProject", "transfer", "source ");
        if (from.failed()) {
            return AccountLookup.FAILED;
        }
        var to = AccountLookup.choose(inv, "toAccount", "toProject", "transfer", "target ");
        if (to.failed()) {
            return AccountLookup.FAILED;
        }
        Request.Builder r = Request.builder("Account", "Transfer").option("Amount", amount.get());
        from.id().ifPresent(id -> r.option("FromId", id));
        to.id().ifPresent(id -> r.option("ToId", id));
        Assign.option(a, r, "i", "Allocation");
        boolean projects = a.given("fromProject") && a.given("toProject");
        return BankRequest.send(inv, r, "transferred",
                projects ? "from project " + a.get("fromProject") + " to project " + a.get("toProject") : "");
    }
}
