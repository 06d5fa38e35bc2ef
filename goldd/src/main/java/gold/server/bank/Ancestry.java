package gold.server.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds Overflow ancestors to an account set (docs/bank.md, Account resolution): parents weigh 1000,
 * grandparents 10000, ...; D ends as 10^(3 + generations added).
 */
final class Ancestry {
    private Ancestry() {
    }

    static AccountSet withAncestors(Map<Long, Long> direct, List<AccountLink> links) {
        Map<Long, Long> weights = new LinkedHashMap<>(direct);
        long d = 100;
        while (true) {
            d *= 10;
            List<Long> added = new ArrayList<>();
            for (AccountLink link : links) {
                if (link.overflow() && weights.containsKey(link.child()) && !weights.containsKey(link.parent())
                        && !added.contains(link.parent())) {
                    added.add(link.parent());
                }
            }
            if (added.isEmpty()) {
                return new AccountSet(weights, d);
            }
            for (long parent : added) {
                weights.put(parent, d);
            }
        }
    }

    static AccountSet without(Map<Long, Long> direct) {
        return new AccountSet(new LinkedHashMap<>(direct), 1000);
    }
}
