package gold.server.bank;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The allocations a job may draw on at an instant (docs/bank.md, Account resolution): accounts resolved from the
 * access lists (with Overflow ancestors), their allocations active then with the job's call type,
 * available = Amount + CreditLimit - active holds, in ascending weight.
 */
final class JobFunds {
    final AccountSet accounts;
    final List<Allocation> allocations;

    private JobFunds(AccountSet accounts, List<Allocation> allocations) {
        this.accounts = accounts;
        this.allocations = allocations;
    }

    static JobFunds resolve(BankCall call, JobRequest job, long tau) throws SQLException {
        List<Allocation> usable = call.store.allocations().stream()
                .filter(a -> a.activeAt(tau) && a.callType().equals(job.callType)).toList();
        Set<Long> candidates = new HashSet<>();
        for (Allocation a : usable) {
            candidates.add(a.account());
        }
        AccountSet set = new AccessRules(call.store.accessLists()).forJob(candidates, job.user, job.project,
                job.machine);
        List<Allocation> inSet = usable.stream().filter(a -> set.contains(a.account())).toList();
        return new JobFunds(set, inSet);
    }

    boolean isEmpty() {
        return accounts.isEmpty();
    }

    /** Quote and Reserve: holds on each allocation by reservations active at tau, placed in the set's accounts. */
    List<Candidate> candidates(BankCall call, long tau) throws SQLException {
        Holds holds = Holds.activeAt(call.store, tau, h -> accounts.contains(h.account()));
        List<Candidate> list = new ArrayList<>();
        for (Allocation a : allocations) {
            list.add(new Candidate(a, a.amount() + a.creditLimit() - holds.on(a.id()), accounts.allocationWeight(a)));
        }
        return Candidate.ordered(list);
    }
}
