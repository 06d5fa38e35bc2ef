package gold.web;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API requests made with {@code Authorization: Bearer gold_<user>.<id>.<secret>} (a token the user
 * created on /tokens, goldd's ApiToken object). goldweb keeps nothing: per request it derives the
 * signing key (SHA-256 of the secret, as goldd stored it) and sends as the token's owner with the
 * ApiToken token type, so goldd checks that the token is live on every request. A refused token
 * counts toward the same back-off as failed logins (per token id and per address); log lines name
 * the token id (public), never the secret.
 */
final class BearerTokens {
    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    private static final Pattern FORM = Pattern.compile("gold_([A-Za-z0-9_-]{1,1400})\\.([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");
    private final GoldSite site;
    private final LoginThrottle throttle;

    BearerTokens(GoldSite site, LoginThrottle throttle) {
        this.site = site;
        this.throttle = throttle;
    }

    /** Whether the request authenticates by a bearer token (then no cookie or CSRF token is looked at). */
    static boolean offered(WebExchange x) {
        return x.header("Authorization").regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The outcome: the owner's session-less calls, or the HTTP status, Gold code and message of a refusal. */
    record Check(WebSession session, int status, String code, String message) {
    }

    Check check(WebExchange x) {
        String value = x.header("Authorization").substring(7).strip();
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            LOG.warning("refused bearer token from " + x.address() + " path=" + x.path() + ": malformed");
            return new Check(null, 401, Code.AUTH_FAILED.code(), "The bearer token is malformed (expected gold_USER.ID.SECRET)");
        }
        String user;
        try {
            user = new String(Base64.getUrlDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Check(null, 401, Code.AUTH_FAILED.code(), "The bearer token is malformed");
        }
        String id = m.group(2);
        String throttleKey = "token " + id;
        Duration wait = throttle.wait(throttleKey, x.address());
        if (!wait.isZero()) {
            LOG.warning("refused bearer token " + id + " user=" + user + " from " + x.address() + ": backing off");
            return new Check(null, 429, Code.AUTH_FAILED.code(), "Too many failed tokens: try again in " + Math.max(1, wait.toSeconds()) + " s");
        }
        GoldCalls calls = site.asApiToken(user, id, signingKey(m.group(3)));
        // one small signed query: goldd answers 424 for an unknown, revoked or expired token
        Response r = calls.send(Request.builder("User", "Query").where("Name", user).get("Name"));
        if (r.isFailure()) {
            boolean refused = Code.isAnyOf(r.code(), Code.AUTH_FAILED, Code.DECRYPT_FAILED);
            if (refused) {
                throttle.failed(throttleKey, x.address());
            }
            LOG.warning("refused bearer token " + id + " user=" + user + " from " + x.address() + " path=" + x.path()
                    + ": " + r.code());
            return new Check(null, refused ? 401 : Api.status(r.code()), refused ? Code.AUTH_FAILED.code() : r.code(),
                    refused ? "The API token is unknown, revoked or expired" : r.message());
        }
        throttle.succeeded(throttleKey, x.address());
        return new Check(new WebSession("", "", calls, null, Instant.now()), 200, Code.SUCCESS.code(), "");
    }

    /** The HMAC key of a token secret: SHA-256 of it, hex (goldd ApiTokens.signingKey). */
    static String signingKey(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
