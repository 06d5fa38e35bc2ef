package gold.server.bank;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The accounts a request may draw on, each with its weight (111 most specific ... 333 wide open;
 * ancestors 1000, 10000, ...), and the factor D that ranks allocation end times above account weights
 * (docs/bank.md, Account resolution).
 */
public record AccountSet(Map<Long, Long> weights, long d) {
    public AccountSet {
        weights = Collections.unmodifiableMap(weights);
    }

    public Set<Long> accounts() {
        return weights.keySet();
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public boolean contains(long account) {
        return weights.containsKey(account);
    }

    /** weight = D * EndTime + account weight: earliest expiry first, then the most specific account. */
    public long allocationWeight(Allocation a) {
        return d * a.end() + weights.get(a.account());
    }
}
