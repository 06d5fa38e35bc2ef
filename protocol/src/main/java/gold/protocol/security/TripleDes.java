package gold.protocol.security;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * DES-EDE3 in CBC mode without padding (docs/protocol.md, Classic suite), keys used literally (no parity adjustment),
 * plus the PKCS#5 padding the classic data encryption uses, validated on removal.
 */
final class TripleDes {
    private TripleDes() {
    }

    /** Perl pack("a24"): the token value NUL-padded or truncated to exactly 24 bytes. */
    static byte[] kek(byte[] tokenValue) {
        return Arrays.copyOf(tokenValue, 24);
    }

    static byte[] encrypt(byte[] key24, byte[] iv8, byte[] data) {
        return run(Cipher.ENCRYPT_MODE, key24, iv8, data);
    }

    static byte[] decrypt(byte[] key24, byte[] iv8, byte[] data) {
        return run(Cipher.DECRYPT_MODE, key24, iv8, data);
    }

    private static byte[] run(int mode, byte[] key24, byte[] iv8, byte[] data) {
        if (data.length % 8 != 0) {
            throw new IllegalArgumentException("data is not a multiple of 8 bytes (" + data.length + ")");
        }
        try {
            Cipher c = Cipher.getInstance("DESede/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key24, "DESede"), new IvParameterSpec(iv8));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DESede failed: " + e.getMessage(), e);
        }
    }

    static byte[] pad(byte[] data) {
        int n = 8 - data.length % 8;
        byte[] out = Arrays.copyOf(data, data.length + n);
        Arrays.fill(out, data.length, out.length, (byte) n);
        return out;
    }

    static byte[] unpad(byte[] data) {
        if (data.length == 0) {
            throw new IllegalArgumentException("Ciphertext is empty");
        }
        int n = data[data.length - 1] & 0xFF;
        if (n < 1 || n > 8 || n > data.length) {
            throw new IllegalArgumentException("Invalid padding");
        }
        for (int i = data.length - n; i < data.length; i++) {
            if ((data[i] & 0xFF) != n) {
                throw new IllegalArgumentException("Invalid padding");
            }
        }
        return Arrays.copyOf(data, data.length - n);
    }
}
