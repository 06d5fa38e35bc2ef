package gold.server.bank;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allocations a job may draw on at an instant (docs/bank.md, Account resolution): accounts resolved from the
 * access lists (with Overflow ancestors), their allocations active then with the job's call type,
 * available = Amount + CreditLimit - active holds, in ascending weight. Reads only the accounts whose
 * access lists can admit the job's user, project and machine, then their ancestors.
 */
final class JobFunds {
    final AccountSet accounts;
    final List<Allocation> allocations;
    private final long tau;
    private final String callType;

    private JobFunds(AccountSet accounts, List<Allocation> allocations, long tau, String callType) {
        this.accounts = accounts;
        this.allocations = allocations;
        this.tau = tau;
        this.callType = callType;
    }

    static JobFunds resolve(BankCall call, JobRequest job, long tau) throws SQLException {
        Set<Long> read = call.store.balanceAccounts(job.user, job.project, job.machine);
        List<Allocation> usable = usable(call.store.allocationsIn(read), tau, job.callType);
        Set<Long> candidates = new HashSet<>();
        for (Allocation a : usable) {
            candidates.add(a.account());
        }
        AccountSet set = new AccessRules(call.store.accessListsFor(candidates, job.user, job.machine))
                .forJob(candidates, job.user, job.project, job.machine);
        List<Allocation> all = new ArrayList<>(usable);
        List<Long> ancestors = set.accounts().stream().filter(a -> !read.contains(a)).toList();
        if (!ancestors.isEmpty()) {
            all.addAll(usable(call.store.allocationsIn(ancestors), tau, job.callType));
            all.sort(Comparator.comparingLong(Allocation::id));
        }
        List<Allocation> inSet = all.stream().filter(a -> set.contains(a.account())).toList();
        return new JobFunds(set, inSet, tau, job.callType);
    }

    private static List<Allocation> usable(List<Allocation> all, long tau, String callType) {
        return all.stream().filter(a -> a.activeAt(tau) && a.callType().equals(callType)).toList();
    }

    /** The allocations' ids, ascending. */
    List<Long> ids() {
        return allocations.stream().map(Allocation::id).toList();
    }

    /**
     * The same funds over the allocations as {@code current} (rows just locked and re-read) has them:
     * one deleted or changed out of the window or call type in the meantime is no longer drawn on.
     */
    JobFunds current(Map<Long, Allocation> current) {
        List<Allocation> fresh = new ArrayList<>();
        for (Allocation a : allocations) {
            Allocation now = current.get(a.id());
            if (now != null && now.account() == a.account() && now.activeAt(tau) && now.callType().equals(callType)) {
                fresh.add(now);
            }
        }
        return new JobFunds(accounts, fresh, tau, callType);
    }

    /** Locks the funds' allocations and {@code more} (ascending id), returning them as they are now by id. */
    Map<Long, Allocation> lock(BankCall call, Collection<Long> more) throws SQLException {
        Set<Long> ids = new HashSet<>(ids());
        ids.addAll(more);
        return byId(call.store.lockAllocations(ids));
    }

    static Map<Long, Allocation> byId(List<Allocation> list) {
        Map<Long, Allocation> map = new HashMap<>();
        for (Allocation a : list) {
            map.put(a.id(), a);
        }
        return map;
    }

    boolean isEmpty() {
        return accounts.isEmpty();
    }

    /** Quote and Reserve: holds on each allocation by reservations active at tau, placed in the set's accounts. */
    List<Candidate> candidates(BankCall call, long tau) throws SQLException {
        Holds holds = Holds.activeIn(call.store, accounts.accounts(), tau);
        List<Candidate> list = new ArrayList<>();
        for (Allocation a : allocations) {
            list.add(new Candidate(a, a.amount() + a.creditLimit() - holds.on(a.id()), accounts.allocationWeight(a)));
        }
        return Candidate.ordered(list);
    }
}
