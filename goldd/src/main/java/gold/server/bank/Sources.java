package gold.server.bank;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The source allocations of a Withdraw or Transfer (docs/bank.md, Withdraw): the account's
 * allocations of the call type, either the named one (any window) or those active now, each with
 * available = Amount + CreditLimit - reserved, ordered by EndTime then Id.
 */
final class Sources {
    private Sources() {
    }

    static List<Candidate> of(BankCall call, long account, String allocation) throws SQLException {
        boolean named = !allocation.isEmpty();
        String callType = call.callType();
        List<Allocation> chosen = call.store.allocationsOf(account).stream()
                .filter(a -> a.callType().equals(callType))
                .filter(a -> named ? String.valueOf(a.id()).equals(allocation) : a.activeAt(call.now))
                .sorted(Comparator.comparingLong(Allocation::end).thenComparingLong(Allocation::id)).toList();
        // K7: with a named allocation every hold on it counts, whatever the reservation's window
        List<Hold> held = call.store.holdsOf(account);
        List<Reservation> reservations = Holds.reservationsOf(call.store, held);
        Holds holds = named
                ? Holds.of(reservations, held, r -> true, h -> true)
                : Holds.of(reservations, held, r -> r.activeAt(call.now), h -> true);
        List<Candidate> list = new ArrayList<>();
        for (Allocation a : chosen) {
            list.add(new Candidate(a, a.amount() + a.creditLimit() - holds.on(a.id()), 0));
        }
        return list;
    }
}
