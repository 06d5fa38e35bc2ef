package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Response;
import gold.server.engine.TransactionRecord;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Account Transfer (docs/bank.md, Transfer): moves credits allocation by allocation, keeping each
 * source allocation's window on the destination side (credits keep their expiry). Decisions K6: a
 * non-positive share is skipped, a new destination allocation is active only inside its window, and
 * the credit record names the real destination allocation.
 */
final class TransferAction {
    private TransferAction() {
    }

    static Response run(BankCall call) throws SQLException {
        double amount = Debits.requiredPositiveAmount(call);
        String fromText = call.option("FromId");
        String toText = call.option("ToId");
        if (fromText.isEmpty()) {
            throw Code.FAILED.exception("The source account id (FromId) must be specified");
        }
        if (toText.isEmpty()) {
            throw Code.FAILED.exception("The destination account id (ToId) must be specified");
        }
        Accounts.lock(call, fromText, toText);
        Refresher.implicit(call);
        long from = Accounts.existing(call, fromText, "Invalid source account id (" + fromText + ")");
        long to = Accounts.existing(call, toText, "Invalid destination account id (" + toText + ")");
        List<Candidate> sources = Sources.of(call, from, call.option("Allocation"));
        if (sources.isEmpty()) {
            throw Code.NO_FUNDS.exception(
                    "Insufficient funds: There are no valid allocations from which to perform the transfer");
        }
        Candidate.Split split = Candidate.split(sources, amount);
        for (Candidate.Take take : split.takes()) {
            Allocation a = take.allocation();
            double x = take.amount();
            Debits.debit(call.store, a.id(), x);
            boolean active = a.activeAt(call.now);
            call.store.journal(record(call, from, a.id(), amount, active, -x));
            long destination = credit(call, to, a, x);
            call.store.journal(record(call, to, destination, amount, active, x));
        }
        if (split.remaining() > 0) {
            throw Code.NO_BALANCE.exception("Insufficient balance to perform requested transfer");
        }
        String formatted = call.money(amount);
        return BankCall.success("Successfully transferred " + formatted + " credits from account " + from
                + " to account " + to, formatted, List.of());
    }

    private static TransactionRecord record(BankCall call, long account, long allocation, double amount, boolean active,
                                     double delta) {
        return BankEntry.of("Account", "Transfer", call.actor(), call.options())
                .name(String.valueOf(account)).child(String.valueOf(allocation)).amount(amount)
                .allocation(allocation).account(active ? account : null).delta(active ? delta : null);
    }

    /** Credits the destination allocation with the source's window and call type, creating it if needed. */
    private static long credit(BankCall call, long to, Allocation source, double x) throws SQLException {
        Optional<Allocation> existing = call.store.allocationsOf(to).stream()
                .filter(a -> a.start() == source.start() && a.end() == source.end()
                        && a.callType().equals(source.callType()))
                .min(Comparator.comparingLong(Allocation::id));
        if (existing.isPresent()) {
            Debits.credit(call.store, existing.get().id(), x);
            return existing.get().id();
        }
        List<Assignment> values = new ArrayList<>();
        values.add(Assignment.of("Account", String.valueOf(to)));
        values.add(Assignment.of("StartTime", String.valueOf(source.start())));
        values.add(Assignment.of("EndTime", String.valueOf(source.end())));
        values.add(Assignment.of("CallType", source.callType()));
        values.add(Assignment.of("Amount", Money.text(x)));
        values.add(Assignment.of("Active", source.activeAt(call.now) ? "True" : "False"));
        return call.store.create("Allocation", values);
    }
}
