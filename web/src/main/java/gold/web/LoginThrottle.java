package gold.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed-login back-off, kept per user name and per client address: after {@code free} failures in a
 * row each further failure locks that key for twice as long as the one before (1 s, 2 s, 4 s ...,
 * at most 5 minutes). While either key is locked a login is refused without asking goldd, so
 * guessing costs time and goldd is not flooded. A success clears the user's and the address's count.
 */
public final class LoginThrottle {
    private static final Duration MAX = Duration.ofMinutes(5);
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freePerUser;
    private final int freePerAddress;

    public LoginThrottle(Clock clock, int freePerUser, int freePerAddress) {
        this.clock = clock;
        this.freePerUser = freePerUser;
        this.freePerAddress = freePerAddress;
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    /** How long the caller must still wait (zero when a login may be tried now). */
    public Duration wait(String user, String address) {
        Instant now = clock.instant();
        Duration u = remaining(userKey(user), now);
        Duration a = remaining(addressKey(address), now);
        return u.compareTo(a) >= 0 ? u : a;
    }

    public void failed(String user, String address) {
        bump(userKey(user), freePerUser);
        bump(addressKey(address), freePerAddress);
    }

    public void succeeded(String user, String address) {
        failures.remove(userKey(user));
        failures.remove(addressKey(address));
    }

    private void bump(String key, int free) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = (f == null ? 0 : f.count()) + 1;
            if (count <= free) {
                return new Failures(count, now);
            }
            long seconds = 1L << Math.min(20, count - free - 1);
            Duration lock = Duration.ofSeconds(seconds);
            return new Failures(count, now.plus(lock.compareTo(MAX) > 0 ? MAX : lock));
        });
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    private static String userKey(String user) {
        return "u:" + user;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
