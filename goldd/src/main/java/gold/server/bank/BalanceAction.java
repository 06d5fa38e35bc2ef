package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Option;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Account Balance (docs/bank.md, Balance): the credits usable by the given user/project/machine (or
 * account ids) now, minus active reservations unless IgnoreReservations, plus credit limits with
 * ShowAvailableCredit; ancestors included unless IgnoreAncestors.
 */
final class BalanceAction {
    private BalanceAction() {
    }

    static Response run(BankCall call) throws SQLException {
        String user = call.option("User");
        String project = call.option("Project");
        String machine = call.option("Machine");
        if (call.overridden && !Entities.overrideAllows(call, project, user)) {
            throw Code.NOT_AUTHORIZED.exception(call.actor() + " is not authorized to obtain the Account Balance");
        }
        Entities.prescreen(call, Entity.Kind.PROJECT, project, true);
        Entities.prescreen(call, Entity.Kind.USER, user, true);
        Entities.prescreen(call, Entity.Kind.MACHINE, machine, true);
        refresh(call);
        String callType = call.callType();
        Set<Long> ids = new HashSet<>();
        for (Option o : call.options()) {
            if (o.name().equals("Id") && !o.value().isEmpty()) {
                ids.add((long) Money.number(o.value()));
            }
        }
        // only the accounts the access lists (or the given ids) can admit, then the ancestors found
        Set<Long> read = ids.isEmpty() ? call.store.balanceAccounts(user, project, machine) : ids;
        List<Allocation> usable = usable(call, call.store.allocationsIn(read), callType);
        Set<Long> candidates = new HashSet<>();
        for (Allocation a : usable) {
            candidates.add(a.account());
        }
        String ignoreAncestors = call.option("IgnoreAncestors");
        AccountSet set = new AccessRules(call.store.accessListsFor(candidates, user, machine)).forBalance(candidates,
                user, project, machine, call.hasOption("IgnoreAncestors") && !ignoreAncestors.equals("False"));
        List<Long> ancestors = set.accounts().stream().filter(a -> !read.contains(a)).toList();
        List<Allocation> allocations = new ArrayList<>(usable);
        if (!ancestors.isEmpty()) {
            allocations.addAll(usable(call, call.store.allocationsIn(ancestors), callType));
            allocations.sort(Comparator.comparingLong(Allocation::id));
        }
        boolean withCredit = call.option("ShowAvailableCredit").equals("True");
        double balance = 0;
        for (Allocation a : allocations) {
            if (set.contains(a.account())) {
                balance += a.amount();
                if (withCredit) {
                    balance += a.creditLimit();
                }
            }
        }
        if (!call.option("IgnoreReservations").equals("True")) {
            balance -= reservedTotal(call, set);
        }
        boolean hours = call.hasOption("ShowHours");
        String formatted = Money.formatted(balance, hours ? 2 : call.config.precision(), hours);
        Row row = new Row.Builder("Account").put("Balance", formatted).build();
        return Response.success(Code.SUCCESS.code(), "The account balance is " + formatted + " credits", Money.count(formatted),
                List.of(row));
    }

    /** Holds of reservations active now placed in the set's accounts (any call type). */
    private static double reservedTotal(BankCall call, AccountSet set) throws SQLException {
        double total = 0;
        Map<Long, Reservation> byId = new HashMap<>();
        List<Hold> holds = call.store.holdsIn(set.accounts());
        for (Reservation r : call.store.reservationsIn(holds.stream().map(Hold::reservation).distinct().toList())) {
            byId.put(r.id(), r);
        }
        for (Hold h : holds) {
            Reservation r = byId.get(h.reservation());
            if (r != null && r.activeAt(call.now) && set.contains(h.account())) {
                total += h.amount();
            }
        }
        return total;
    }

    /** The allocations active now of the call type, in the order given (ascending id). */
    private static List<Allocation> usable(BankCall call, List<Allocation> all, String callType) {
        return all.stream().filter(a -> a.activeAt(call.now) && a.callType().equals(callType)).toList();
    }

    static void refresh(BankCall call) throws SQLException {
        try {
            Refresher.implicit(call);
        } catch (GoldException e) {
            throw e.prefixed("Failed while refreshing allocations: ");
        }
    }
}
