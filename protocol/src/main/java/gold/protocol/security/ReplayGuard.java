package gold.protocol.security;

/**
 * Remembers GS2 nonces for the replay check of docs/protocol.md, GS2 suite. The server backs it with a table
 * shared by primary and backup so a replay to the other server is refused too.
 */
public interface ReplayGuard {
    /**
     * Records (type, name, nonce) and returns true if it was not seen before; returns false for a replay.
     * {@code expiresAtEpochSeconds} says how long the entry must be kept (2 x window). When it cannot
     * tell (its store failed) it throws a {@link gold.protocol.GoldException} with the store's code
     * (720, or 730 for an unavailable database) instead of calling the message a replay.
     */
    boolean firstUse(String tokenType, String tokenName, String nonce, long expiresAtEpochSeconds);
}
