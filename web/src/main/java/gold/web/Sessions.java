package gold.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in server memory only: a random 256-bit id (the cookie) maps to the session; a session
 * unused for the idle timeout is gone, and so is its password. Restarting goldweb logs everyone out.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, WebSession> byId = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public Sessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    public WebSession open(GoldCalls calls, Permissions permissions) {
        WebSession s = new WebSession(token(), token(), calls, permissions, clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    /** The live session of this id, touched; an expired one is removed. */
    public Optional<WebSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        WebSession s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastUsed().plus(idle).isBefore(now)) {
            byId.remove(id, s);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Drops every idle session (run now and then, so passwords of abandoned sessions do not linger). */
    public void sweep() {
        Instant limit = clock.instant().minus(idle);
        byId.values().removeIf(s -> s.lastUsed().isBefore(limit));
    }

    public int size() {
        return byId.size();
    }

    /** A fresh unguessable token (URL-safe base64 of 32 random bytes). */
    public static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
