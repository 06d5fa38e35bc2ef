package gold.protocol.security;

import java.util.Optional;

/**
 * Finds the secret of the token a received message names: the shared key for Symmetric tokens, the
 * user's password for Password tokens. Empty means "no password defined" for that user.
 */
@FunctionalInterface
public interface TokenResolver {
    Optional<String> secret(String type, String name);

    /** Symmetric tokens resolve to the shared key; Password tokens through the given lookup. */
    static TokenResolver of(String sharedKey, PasswordLookup passwords) {
        return (type, name) -> Token.PASSWORD.equals(type) ? passwords.password(name)
                : Token.API_TOKEN.equals(type) ? passwords.apiTokenKey(name) : Optional.of(sharedKey);
    }
}
