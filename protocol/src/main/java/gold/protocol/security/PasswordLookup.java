package gold.protocol.security;

import java.util.Optional;

/** Looks up a user's clear-text password (the server decrypts its stored form, {@link StoredPassword}). */
@FunctionalInterface
public interface PasswordLookup {
    Optional<String> password(String user);

    /** A lookup that knows no passwords. */
    static PasswordLookup none() {
        return user -> Optional.empty();
    }
}
