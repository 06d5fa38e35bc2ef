package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Option;

import java.sql.SQLException;
import java.util.List;

/**
 * Brings every allocation's cached Active flag in line with its window at the request's instant
 * (docs/bank.md, Time windows and Refresh, half-open per K1), journaling each flip as {@code Allocation Activate}
 * or {@code Deactivate} with +/- the allocation's amount so statements keep balancing.
 */
final class Refresher {
    /** Credits activated and deactivated by one run. */
    record Outcome(double activated, double deactivated) {
    }

    private Refresher() {
    }

    /** The implicit refresh at the start of bank actions: runs as the super user, with no options. */
    static Outcome implicit(BankCall call) throws SQLException {
        return run(call, call.config.superUser(), List.of());
    }

    static Outcome run(BankCall call, String actor, List<Option> options) throws SQLException {
        double activated = 0;
        double deactivated = 0;
        List<Allocation> stale = call.store.staleAllocations(call.now);
        if (!stale.isEmpty()) {
            // locked and read again: a concurrent request may have flipped (and journaled) them already
            stale = call.store.lockAllocations(stale.stream().map(Allocation::id).toList());
        }
        for (Allocation a : stale) {
            boolean shouldBe = a.activeAt(call.now);
            if (shouldBe == a.active()) {
                continue;
            }
            call.store.modify("Allocation", List.of(Condition.eq("Account", String.valueOf(a.account())),
                    Condition.eq("Id", String.valueOf(a.id()))),
                    List.of(Assignment.of("Active", shouldBe ? "True" : "False")));
            call.store.journal(BankEntry.of("Allocation", shouldBe ? "Activate" : "Deactivate", actor,
                    String.valueOf(a.id()), options).account(a.account()).allocation(a.id())
                    .delta(shouldBe ? a.amount() : -a.amount()));
            if (shouldBe) {
                activated += a.amount();
            } else {
                deactivated += a.amount();
            }
        }
        return new Outcome(activated, deactivated);
    }
}
