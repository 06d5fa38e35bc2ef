package gold.protocol.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ClassicSenderTest {
    /** A SecureRandom whose bytes come from a seeded Random, so the test is repeatable. */
    static SecureRandom seeded(long seed) {
        Random r = new Random(seed);
        return new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                r.nextBytes(bytes);
            }
        };
    }

    @Test
    void senderNeverDrawsKeysAClassicReceiverCannotUnwrap() {
        SecureRandom rnd = seeded(7);
        int redrawsNeeded = 0;
        for (int i = 0; i < 20_000; i++) {
            ClassicEncryption.Material m = ClassicEncryption.Material.random(rnd);
            assertNotEquals(0, m.wrapIv()[0]);
            assertNotEquals(0, Crypto.sha1(m.sessionKey())[7]);
        }
        // sanity: the condition is real (about 2/256 of plain draws would hit it)
        Random plain = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] wk = new byte[24];
            byte[] iv = new byte[8];
            plain.nextBytes(wk);
            plain.nextBytes(iv);
            if (!KeyWrap.safeForClassicReceivers(wk, iv)) {
                redrawsNeeded++;
            }
        }
        assertEquals(true, redrawsNeeded > 50, "unsafe draws in 20000: " + redrawsNeeded);
    }

    @Test
    void keyWrapRoundTripsAndDetectsTampering() {
        SecureRandom rnd = seeded(3);
        byte[] kek = TripleDes.kek(Crypto.utf8("this-shared-secret-is-longer-than-24-bytes"));
        for (int i = 0; i < 200; i++) {
            ClassicEncryption.Material m = ClassicEncryption.Material.random(rnd);
            byte[] ek = KeyWrap.wrap(kek, m.sessionKey(), m.wrapIv());
            assertArrayEquals(m.sessionKey(), KeyWrap.unwrap(kek, ek));
            ek[i % 40] ^= 1;
            byte[] tampered = ek;
            Assertions.assertThrows(IllegalArgumentException.class,
                    () -> KeyWrap.unwrap(kek, tampered));
        }
    }
}
