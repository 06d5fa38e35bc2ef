package gold.protocol.security;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlReader;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Known answers for GS2 (docs/protocol.md, GS2 suite). HKDF against RFC 5869 test cases 1-3 (SHA-256); then
 * one request sealed with fixed time, nonce and IV, compared with values computed here from the spec
 * alone through plain javax.crypto (and, as literals, by a separate Python/pyca implementation):
 * K_mac, K_enc, DigestValue, SignatureValue, AAD and the whole CipherValue.
 */
class Gs2KnownAnswerTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rfc5869Case1() {
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                HEX.formatHex(Hkdf.derive(repeat(0x0b, 22), range(0x00, 13), range(0xf0, 10), 42)));
    }

    @Test
    void rfc5869Case2LongInputsAndSeveralBlocks() {
        assertEquals("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                        + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                        + "cc30c58179ec3e87c14c01d5c1f3434f1d87",
                HEX.formatHex(Hkdf.derive(range(0x00, 80), range(0x60, 80), range(0xb0, 80), 82)));
    }

    @Test
    void rfc5869Case3EmptySaltAndInfo() {
        assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
                HEX.formatHex(Hkdf.derive(repeat(0x0b, 22), new byte[0], new byte[0], 42)));
    }

    // One GS2 request: shared key "sss", time 1700000000, nonce bytes 00..0f, IV a0..ab.
    static final String BODY = "<Body><Request action=\"Query\" actor=\"amy\"><Object>User</Object>"
            + "<Where name=\"Name\" op=\"EQ\">amy</Where></Request></Body>";
    static final byte[] NONCE = range(0x00, 16);
    static final byte[] IV = range(0xa0, 12);
    static final String NONCE_B64 = "AAECAwQFBgcICQoLDA0ODw==";
    static final String K_MAC = "8f4a9226ea6a56077f9539c036937d3e798d4f330c40f74f1097542923f8bb47";
    static final String K_ENC = "e38d1ad39d56ffea1e9bef27aebf2ee6954de04b335121cda627d2365c1b2d5a";
    static final String DIGEST = "maZGOPYsyYdGTrcvu/Wwce1jfe3pugZDi89ConpV22w=";
    static final String MAC = "98Rm8l2JXvWJDx8elKy+7v0xwaERP6PNzlnXX0vc3PE=";
    static final String SIGNATURE = "<Signature version=\"2\"><DigestValue method=\"sha256\">" + DIGEST
            + "</DigestValue><SignatureValue method=\"hmac-sha256\">" + MAC + "</SignatureValue>"
            + "<SecurityToken type=\"Symmetric\"></SecurityToken><Timestamp>1700000000</Timestamp>"
            + "<Nonce>" + NONCE_B64 + "</Nonce></Signature>";
    static final String CIPHER_VALUE = "oKGio6SlpqeoqaqrcczaO5CtWyLZHhlmDvSAQXEUmhD1bGjvykDQ8GeKOXmYVlhpdzCXYjv/vBfjFT0Dx6nUxSNf4k59Fr5P"
            + "8H9UfN7ZkQItgz3hmDGwf99H0dbFLJKeVYu6JYkJhNvFnsK7FU17RZ4/ISlsqGEG2KlaN3UWb7tXyKQylzswda3OfX6hPKFl"
            + "91SoW4JK9q0SkFe41iud/0G1lXvShtwuk3WKtGk69l0PkpmPzCyd28OlvXstx3/1vvoxZYi8ut5nLgmsfG1WCjrjqIi7wkRu"
            + "nr6JsvrrHzFkNdhpXLyOQha79dtCD3A1eCIqCEPrU51rMq0EF5Uh+8Cv3dy4kUMU3PyxYjKy6Uy2IHAX+jKkV8olRGD4FDlk"
            + "g0cTWeurNwTJH3AzTCSIgZiZFDIL1qrQj2X3dK+lhzLT7Ds69h3XriAAWmvCx8dqYREZgrzlJqvlt1fRT9v5fTbbhsg7bgtI"
            + "6p6zUl0YR3pWPKWLANNZZun9NdyenCQNOdpT1RFIwqhKexI1nF6A7FxyLzN2BKhAncIGr5UlaAUVxzeYAB30Di21PVxrU3rW"
            + "J/8zwwRO1qYTqHJnlTUp4z0tFJzwQmyIS2jGCdylmmAFr1FczrZIpTVJsBq/Xa4YJ2D06aME";

    @Test
    void keysDigestAndMacOfAFixedRequestMatchAnIndependentComputation() throws Exception {
        assertEquals(K_MAC, HEX.formatHex(hkdf("sss".getBytes(StandardCharsets.UTF_8), ascii("gold-gs2"), ascii("mac"))));
        assertEquals(K_ENC, HEX.formatHex(hkdf("sss".getBytes(StandardCharsets.UTF_8), NONCE, ascii("gold-gs2 enc"))));
        assertEquals(K_MAC, HEX.formatHex(Hkdf.macKey("sss")));
        assertEquals(K_ENC, HEX.formatHex(Hkdf.encryptionKey("sss", NONCE)));

        assertEquals(DIGEST, b64(MessageDigest.getInstance("SHA-256").digest(BODY.getBytes(StandardCharsets.UTF_8))));
        String signingInput = String.join("\n", "GOLD-GS2-SIG", "request", "1700000000", NONCE_B64, "Symmetric", "", "", DIGEST);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(HEX.parseHex(K_MAC), "HmacSHA256"));
        assertEquals(MAC, b64(hmac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8))));

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Envelope>" + BODY + SIGNATURE + "</Envelope>\n",
                new String(seal(false), StandardCharsets.UTF_8));
    }

    @Test
    void ciphertextOfAFixedRequestMatchesAnIndependentAesGcm() throws Exception {
        String aad = String.join("\n", "GOLD-GS2-ENC", "request", "Symmetric", "", NONCE_B64);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HEX.parseHex(K_ENC), "AES"), new GCMParameterSpec(128, IV));
        gcm.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        byte[] ct = gcm.doFinal((SIGNATURE + BODY).getBytes(StandardCharsets.UTF_8));
        byte[] value = new byte[IV.length + ct.length];
        System.arraycopy(IV, 0, value, 0, IV.length);
        System.arraycopy(ct, 0, value, IV.length, ct.length);
        assertEquals(CIPHER_VALUE, b64(value));

        Element ed = XmlReader.parse(seal(true)).child("EncryptedData").orElseThrow();
        assertEquals(CIPHER_VALUE, ed.child("CipherValue").orElseThrow().textContent());
        assertEquals(NONCE_B64, ed.child("Nonce").orElseThrow().textContent());

        Cipher open = Cipher.getInstance("AES/GCM/NoPadding");
        open.init(Cipher.DECRYPT_MODE, new SecretKeySpec(HEX.parseHex(K_ENC), "AES"), new GCMParameterSpec(128, IV));
        open.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals((SIGNATURE + BODY).getBytes(StandardCharsets.UTF_8), open.doFinal(ct));
    }

    private static byte[] seal(boolean encrypt) {
        ClientSettings s = ClientSettings.from(GoldConfig.of(Map.of("security.mode", "gs2",
                "security.encryption", Boolean.toString(encrypt))), "sss").clock(() -> 1_700_000_000L);
        return new RequestSealer(s, new FixedRandom(NONCE, IV))
                .seal(Request.builder("User", "Query").actor("amy").where("Name", "amy").build()).payload();
    }

    /** HKDF-SHA256 written out from RFC 5869 with javax.crypto.Mac only (32-byte output, one block). */
    private static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info) throws Exception {
        Mac extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = extract.doFinal(ikm);
        Mac expand = Mac.getInstance("HmacSHA256");
        expand.init(new SecretKeySpec(prk, "HmacSHA256"));
        expand.update(info);
        expand.update((byte) 1);
        return expand.doFinal();
    }

    /** Hands out the given byte strings in order: the sealer's nonce, then its IV. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final ArrayDeque<byte[]> values = new ArrayDeque<>();

        FixedRandom(byte[]... values) {
            for (byte[] v : values) {
                this.values.add(v);
            }
        }

        @Override
        public void nextBytes(byte[] out) {
            byte[] v = values.remove();
            assertEquals(v.length, out.length, "the sealer asked for a different amount of randomness");
            System.arraycopy(v, 0, out, 0, out.length);
        }
    }

    private static byte[] range(int first, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }

    private static byte[] repeat(int value, int count) {
        byte[] b = new byte[count];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
