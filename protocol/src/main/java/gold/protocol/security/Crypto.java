package gold.protocol.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Small JDK crypto helpers shared by both suites: hashes, HMAC, Base64 and constant-time comparison. */
public final class Crypto {
    private Crypto() {
    }

    public static byte[] sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    public static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    private static byte[] digest(String alg, byte[] data) {
        try {
            return MessageDigest.getInstance(alg).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + alg, e);
        }
    }

    public static byte[] hmac(String alg, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(alg);
            // an empty HMAC key is legal in RFC 2104 but SecretKeySpec refuses it; a one-zero-byte key
            // pads to the same 64-byte block, hence the same MAC
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, alg));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + alg, e);
        }
    }

    public static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** Decodes standard Base64, ignoring ASCII whitespace; throws IllegalArgumentException when invalid. */
    public static byte[] unb64(String text) {
        return Base64.getMimeDecoder().decode(stripWhitespace(text));
    }

    private static String stripWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Compares two strings in time independent of where they differ. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
