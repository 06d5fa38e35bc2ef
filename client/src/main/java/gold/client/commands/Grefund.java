package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.UsageException;
import gold.protocol.Request;

/** grefund: refund a job charge. */
public final class Grefund extends GoldCommand {
    @Override public String name() { return "grefund"; }
    @Override public String purpose() { return "issue a job refund"; }
    @Override public String synopsis() {
        return "grefund {-J <job id> | [-j] <gold job id>} [-z <amount>] [-a <account id>] [-d <description>] [-h, --hours] [--debug] [-?, --help] [--man] [--quiet] [-v, --verbose] [-V, --version]";
    }

    @Override
    protected void declare(OptionSet o) {
        o.string("J", "-J <job id>", "The scheduler's job id.");
        o.integer("j", "-j <gold job id>", "Gold's own job id (when a job id was used several times).");
        o.integer("z", "-z <amount>", "Amount to refund (default: the whole remaining charge).");
        o.integer("a", "-a <account id>", "Account to credit (default: the charged accounts).");
        o.string("d", "-d <description>", "Reason for the refund.");
        o.hours().commonModify();
        o.supplements(OptionKind.WHERE, OptionKind.OPTION);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        Positionals.optionalStrict(a, "j");
        if (!perlTrue(a.get("j")) && !perlTrue(a.get("J"))) {
            throw UsageException.usage();
        }
        Request.Builder r = Request.builder("Job", "Refund");
        Amounts.typed(a, "z").ifPresent(z -> r.option("Amount", z));
        Assign.option(a, r, "a", "Account");
        Assign.option(a, r, "J", "JobId");
        Assign.option(a, r, "j", "Id");
        return BankRequest.send(inv, r);
    }

    /** Perl truth: neither empty nor "0". */
    static boolean perlTrue(String v) {
        return !v.isEmpty() && !v.equals("0");
    }
}
