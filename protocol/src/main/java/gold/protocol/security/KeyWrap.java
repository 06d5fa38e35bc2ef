package gold.protocol.security;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The CMS Triple-DES key wrap without the parity step, as Gold uses it (docs/protocol.md,
 * Classic suite). Unwrapping never strips trailing zero bytes (the classic receiver's bug, see
 * docs/differences.md, Protocol and security).
 */
public final class KeyWrap {
    /** The fixed IV of the second wrapping stage (RFC 3217). */
    static final byte[] WRAP_IV = {0x4a, (byte) 0xdd, (byte) 0xa2, 0x2c, 0x79, (byte) 0xe8, 0x21, 0x05};

    private KeyWrap() {
    }

    /** Wraps a 24-byte session key under the KEK with the given 8-byte inner IV; returns 40 bytes. */
    public static byte[] wrap(byte[] kek, byte[] wk, byte[] iv2) {
        byte[] wkcks = Arrays.copyOf(wk, 32);
        System.arraycopy(Crypto.sha1(wk), 0, wkcks, 24, 8);
        byte[] temp1 = TripleDes.encrypt(kek, iv2, wkcks);
        byte[] temp2 = new byte[40];
        System.arraycopy(iv2, 0, temp2, 0, 8);
        System.arraycopy(temp1, 0, temp2, 8, 32);
        return TripleDes.encrypt(kek, WRAP_IV, reverse(temp2));
    }

    /** Unwraps a 40-byte encrypted key; throws IllegalArgumentException with the classic reason. */
    public static byte[] unwrap(byte[] kek, byte[] ek) {
        if (ek.length != 40) {
            throw new IllegalArgumentException("Encrypted key is not 40 octets (" + ek.length + ").");
        }
        byte[] temp2 = reverse(TripleDes.decrypt(kek, WRAP_IV, ek));
        byte[] iv2 = Arrays.copyOf(temp2, 8);
        byte[] wkcks = TripleDes.decrypt(kek, iv2, Arrays.copyOfRange(temp2, 8, 40));
        byte[] wk = Arrays.copyOf(wkcks, 24);
        byte[] cks = Arrays.copyOf(Crypto.sha1(wk), 8);
        if (!MessageDigest.isEqual(cks, Arrays.copyOfRange(wkcks, 24, 32))) {
            throw new IllegalArgumentException("Key wrap checksum integrity check failed");
        }
        return wk;
    }

    /** True when a classic receiver would unwrap this key correctly (the classic unwrap bug). */
    static boolean safeForClassicReceivers(byte[] wk, byte[] iv2) {
        return iv2[0] != 0 && Crypto.sha1(wk)[7] != 0;
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }
}
