package gold.protocol.security;

import java.util.Objects;

/**
 * A security token (docs/protocol.md, Classic suite): its type ({@code Symmetric}, {@code Password} or this server's
 * {@code ApiToken}), its name (the user for Password tokens, {@code USER:ID} for API tokens, "" for
 * Symmetric) and its secret value (the shared key, the password, or the API token's derived key).
 */
public record Token(String type, String name, String secret) {
    public static final String SYMMETRIC = "Symmetric";
    public static final String PASSWORD = "Password";
    /** A per-user API token: named {@code USER:ID}, keyed by the token's derived key (goldd ApiTokens). */
    public static final String API_TOKEN = "ApiToken";

    public Token {
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name;
        secret = secret == null ? "" : secret;
    }

    public static Token symmetric(String sharedKey) {
        return new Token(SYMMETRIC, "", sharedKey);
    }

    public static Token password(String user, String password) {
        return new Token(PASSWORD, user, password);
    }

    public static Token apiToken(String user, String id, String key) {
        return new Token(API_TOKEN, user + ":" + id, key);
    }

    public boolean isPassword() {
        return PASSWORD.equals(type);
    }

    /** Whether the token names a user (Password and ApiToken): it carries a name and signs as that user. */
    public boolean isNamed() {
        return isNamed(type);
    }

    public static boolean isNamed(String type) {
        return PASSWORD.equals(type) || API_TOKEN.equals(type);
    }

    /** The user a named token acts for: the name itself, or for an API token the part before the last ':'. */
    public static String owner(String type, String name) {
        int colon = name.lastIndexOf(':');
        return API_TOKEN.equals(type) && colon >= 0 ? name.substring(0, colon) : name;
    }

    @Override
    public String toString() {
        return "Token[" + type + (name.isEmpty() ? "" : " " + name) + "]";
    }
}
