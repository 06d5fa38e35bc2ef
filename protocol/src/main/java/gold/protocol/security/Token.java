package gold.protocol.security;

import java.util.Objects;

/**
 * A security token (docs/protocol.md, Classic suite): its type ({@code Symmetric} or {@code Password}), its name (the
 * user, for Password tokens; "" for Symmetric) and its secret value (the shared key or the password).
 */
public record Token(String type, String name, String secret) {
    public static final String SYMMETRIC = "Symmetric";
    public static final String PASSWORD = "Password";

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

    public boolean isPassword() {
        return PASSWORD.equals(type);
    }

    @Override
    public String toString() {
        return "Token[" + type + (name.isEmpty() ? "" : " " + name) + "]";
    }
}
