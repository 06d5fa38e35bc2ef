package gold.protocol.security;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/** A {@link ReplayGuard} for one process (tests, single-server sites); expired nonces are pruned. */
public final class InMemoryReplayGuard implements ReplayGuard {
    private final Map<String, Long> seen = new HashMap<>();
    private final LongSupplier clock;
    private long nextPrune;

    public InMemoryReplayGuard(LongSupplier epochSecondsClock) {
        this.clock = epochSecondsClock;
    }

    public InMemoryReplayGuard() {
        this(() -> System.currentTimeMillis() / 1000);
    }

    @Override
    public synchronized boolean firstUse(String tokenType, String tokenName, String nonce, long expiresAtEpochSeconds) {
        long now = clock.getAsLong();
        if (now >= nextPrune) {
            // at most once a second, so the check stays O(1) per message under load
            nextPrune = now + 1;
            for (Iterator<Long> it = seen.values().iterator(); it.hasNext(); ) {
                if (it.next() < now) {
                    it.remove();
                }
            }
        }
        return seen.putIfAbsent(tokenType + "\n" + tokenName + "\n" + nonce, expiresAtEpochSeconds) == null;
    }

    public synchronized int size() {
        return seen.size();
    }
}
