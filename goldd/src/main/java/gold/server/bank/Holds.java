package gold.server.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Sums of reserved credits per allocation (ReservationAllocation amounts), restricted to the holds
 * of reservations matching a predicate (usually "active at t") and to accounts of interest.
 */
final class Holds {
    private final Map<Long, Double> byAllocation = new HashMap<>();

    private Holds() {
    }

    static Holds of(List<Reservation> reservations, List<Hold> holds, Predicate<Reservation> reservationFilter,
                    Predicate<Hold> holdFilter) {
        Map<Long, Reservation> byId = new HashMap<>();
        for (Reservation r : reservations) {
            byId.put(r.id(), r);
        }
        Holds h = new Holds();
        for (Hold hold : holds) {
            Reservation r = byId.get(hold.reservation());
            if (r != null && reservationFilter.test(r) && holdFilter.test(hold)) {
                h.byAllocation.merge(hold.allocation(), hold.amount(), Double::sum);
            }
        }
        return h;
    }

    /** The holds placed in the given accounts by reservations active at {@code t}, read by account. */
    static Holds activeIn(BankStore store, Collection<Long> accounts, long t) throws SQLException {
        if (accounts.isEmpty()) {
            return new Holds();
        }
        List<Hold> holds = store.holdsIn(accounts);
        return of(reservationsOf(store, holds), holds, r -> r.activeAt(t), h -> true);
    }

    /** The reservations the holds belong to. */
    static List<Reservation> reservationsOf(BankStore store, List<Hold> holds) throws SQLException {
        if (holds.isEmpty()) {
            return List.of();
        }
        return store.reservationsIn(holds.stream().map(Hold::reservation).distinct().toList());
    }

    double on(long allocation) {
        return byAllocation.getOrDefault(allocation, 0.0);
    }
}
