package gold.protocol.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The stored form of a user password (docs/protocol.md, Classic suite): Base64(IV ‖ DES-EDE3-CBC(KEK, IV,
 * PKCS#5(password))) with KEK = shared key padded to 24 bytes. The server decrypts it to verify
 * Password tokens.
 */
public final class StoredPassword {
    private StoredPassword() {
    }

    public static String encrypt(String password, String sharedKey, SecureRandom rnd) {
        byte[] iv = new byte[8];
        rnd.nextBytes(iv);
        return encrypt(password, sharedKey, iv);
    }

    /** Deterministic form for tests and vectors. */
    public static String encrypt(String password, String sharedKey, byte[] iv) {
        byte[] c = TripleDes.encrypt(TripleDes.kek(Crypto.utf8(sharedKey)), iv,
                TripleDes.pad(password.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[8 + c.length];
        System.arraycopy(iv, 0, out, 0, 8);
        System.arraycopy(c, 0, out, 8, c.length);
        return Crypto.b64(out);
    }

    /** Decrypts a stored password; IllegalArgumentException when it is not a valid stored form. */
    public static String decrypt(String stored, String sharedKey) {
        byte[] all = Crypto.unb64(stored);
        if (all.length < 16 || all.length % 8 != 0) {
            throw new IllegalArgumentException("not a stored password");
        }
        byte[] plain = TripleDes.unpad(TripleDes.decrypt(TripleDes.kek(Crypto.utf8(sharedKey)),
                Arrays.copyOf(all, 8), Arrays.copyOfRange(all, 8, all.length)));
        return new String(plain, StandardCharsets.UTF_8);
    }
}
