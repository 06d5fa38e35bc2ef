package gold.web;

import java.time.Instant;

/**
 * One logged-in browser (or API client): the user's Gold calls (which hold the password in memory),
 * the CSRF token its forms carry, when it was last used, and what goldd lets the user do.
 */
public final class WebSession {
    private final String id;
    private final String csrf;
    private final GoldCalls calls;
    private final Permissions permissions;
    private volatile Instant lastUsed;

    WebSession(String id, String csrf, GoldCalls calls, Permissions permissions, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.calls = calls;
        this.permissions = permissions;
        this.lastUsed = now;
    }

    public String id() { return id; }
    public String csrf() { return csrf; }
    public GoldCalls calls() { return calls; }
    public String user() { return calls.user(); }
    public Permissions permissions() { return permissions; }
    Instant lastUsed() { return lastUsed; }
    void touch(Instant now) { lastUsed = now; }
}
