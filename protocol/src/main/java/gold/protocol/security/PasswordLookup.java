package gold.protocol.security;

import java.util.Optional;

/** Looks up a user's clear-text password (the server decrypts its stored form, {@link StoredPassword}). */
@FunctionalInterface
public interface PasswordLookup {
    Optional<String> password(String user);

    /**
     * The signing key of a live (unrevoked, unexpired) API token named {@code USER:ID}; empty when
     * there is none. Only goldd's store knows API tokens.
     */
    default Optional<String> apiTokenKey(String userAndId) {
        return Optional.empty();
    }

    /** A lookup that knows no passwords. */
    static PasswordLookup none() {
        return user -> Optional.empty();
    }
}
