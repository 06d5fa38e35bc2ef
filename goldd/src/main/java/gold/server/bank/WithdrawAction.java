package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Response;

import java.sql.SQLException;
import java.util.List;

/**
 * Account Withdraw (docs/bank.md, Withdraw): debits the account's allocations in end-time order up to
 * what each has available, journaling one {@code Account Withdraw} per allocation; never overdraws (784).
 */
final class WithdrawAction {
    private WithdrawAction() {
    }

    static Response run(BankCall call) throws SQLException {
        double amount = Debits.requiredPositiveAmount(call);
        String idText = call.option("Id");
        if (idText.isEmpty()) {
            throw Code.FAILED.exception("The account id must be specified");
        }
        Accounts.lock(call, idText);
        Refresher.implicit(call);
        long id = Accounts.existing(call, idText, "Invalid account id (" + idText + ")");
        List<Candidate> sources = Sources.of(call, id, call.option("Allocation"));
        if (sources.isEmpty()) {
            throw Code.NO_FUNDS.exception("Insufficient funds: There are no valid allocations from which to withdraw");
        }
        Candidate.Split split = Candidate.split(sources, amount);
        for (Candidate.Take take : split.takes()) {
            Allocation a = take.allocation();
            Debits.debit(call.store, a.id(), take.amount());
            boolean active = a.activeAt(call.now);
            call.store.journal(BankEntry.of("Account", "Withdraw", call.actor(), call.options())
                    .name(String.valueOf(id)).child(String.valueOf(a.id())).amount(amount)
                    .allocation(a.id()).account(active ? id : null).delta(active ? -take.amount() : null));
        }
        if (split.remaining() > 0) {
            throw Code.NO_BALANCE.exception("Insufficient balance to perform requested withdrawal");
        }
        String formatted = call.money(amount);
        return BankCall.success("Successfully withdrew " + formatted + " credits from account " + id, formatted,
                List.of());
    }
}
