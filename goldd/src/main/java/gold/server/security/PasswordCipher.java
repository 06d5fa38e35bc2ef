package gold.server.security;

import gold.protocol.AuthKey;
import gold.protocol.Code;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The stored form of Gold passwords (docs/data-model.md, Authorization): Base64 of an 8-byte IV followed by the
 * triple-DES CBC encryption of the password under the site's auth key padded with NUL bytes to 24
 * bytes. Without an auth key, passwords cannot be stored (720).
 */
public final class PasswordCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    private PasswordCipher(byte[] key) {
        this.key = key;
    }

    /** Reads the first line of {@code etc/auth_key}; a missing file gives a cipher that refuses to work. */
    public static PasswordCipher fromKeyFile(Path file) {
        try {
            if (!Files.isReadable(file)) {
                return new PasswordCipher(new byte[0]);
            }
            return of(AuthKey.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static PasswordCipher of(String authKey) {
        return new PasswordCipher(Arrays.copyOf(authKey.getBytes(StandardCharsets.UTF_8), 24));
    }

    public String encrypt(String password) {
        try {
            byte[] iv = new byte[8];
            RANDOM.nextBytes(iv);
            byte[] body = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(password.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, 8 + body.length);
            System.arraycopy(body, 0, out, 8, body.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw Code.INTERNAL.exception("Unable to encrypt the password", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            byte[] iv = Arrays.copyOf(all, 8);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, iv).doFinal(all, 8, all.length - 8);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw Code.INTERNAL.exception("Unable to decrypt the password", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        if (key.length == 0) {
            throw Code.INTERNAL.exception("No auth_key is configured: passwords cannot be stored");
        }
        Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        c.init(mode, new SecretKeySpec(key, "DESede"), new IvParameterSpec(iv));
        return c;
    }
}
