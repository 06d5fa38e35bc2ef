package gold.protocol.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** HKDF-SHA256 (RFC 5869) and the two GS2 keys derived with it (docs/protocol.md, GS2 suite). */
public final class Hkdf {
    private static final byte[] MAC_SALT = "gold-gs2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAC_INFO = "mac".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENC_INFO = "gold-gs2 enc".getBytes(StandardCharsets.US_ASCII);

    private Hkdf() {
    }

    public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        byte[] prk = Crypto.hmac("HmacSHA256", salt.length == 0 ? new byte[32] : salt, ikm);
        ByteArrayOutputStream okm = new ByteArrayOutputStream(length);
        byte[] t = new byte[0];
        for (int i = 1; okm.size() < length; i++) {
            byte[] input = new byte[t.length + info.length + 1];
            System.arraycopy(t, 0, input, 0, t.length);
            System.arraycopy(info, 0, input, t.length, info.length);
            input[input.length - 1] = (byte) i;
            t = Crypto.hmac("HmacSHA256", prk, input);
            okm.write(t, 0, Math.min(t.length, length - okm.size()));
        }
        return okm.toByteArray();
    }

    /** K_mac = HKDF(IKM, salt "gold-gs2", info "mac", 32). */
    public static byte[] macKey(String secret) {
        return derive(Crypto.utf8(secret), MAC_SALT, MAC_INFO, 32);
    }

    /** K_enc = HKDF(IKM, salt = nonce bytes, info "gold-gs2 enc", 32). */
    public static byte[] encryptionKey(String secret, byte[] nonce) {
        return derive(Crypto.utf8(secret), nonce, ENC_INFO, 32);
    }
}
