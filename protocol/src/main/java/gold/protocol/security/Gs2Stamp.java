package gold.protocol.security;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The freshness fields of a GS2 signature (docs/protocol.md, GS2 suite): epoch-second timestamp, Base64 nonce of
 * 16 random bytes and, on responses, the nonce of the request answered ("" on requests).
 */
public record Gs2Stamp(long timestamp, String nonce, String inResponseTo) {
    public Gs2Stamp {
        Objects.requireNonNull(nonce, "nonce");
        inResponseTo = inResponseTo == null ? "" : inResponseTo;
    }

    /** A fresh stamp: now and 16 random bytes. */
    public static Gs2Stamp fresh(SecureRandom rnd, long nowEpochSeconds, String inResponseTo) {
        byte[] n = new byte[16];
        rnd.nextBytes(n);
        return new Gs2Stamp(nowEpochSeconds, Crypto.b64(n), inResponseTo);
    }
}
