package gold.protocol.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyFraming;
import gold.protocol.wire.RequestFraming;
import gold.protocol.wire.RequestReader;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Accounts for every computed value the vector files record: each digest, MAC, canonical Body, key
 * wrap and unwrap intermediate, Crypt::CBC call, ciphertext, decrypted plaintext and wire byte string
 * is recomputed here and ticked off by its JSON path; the test fails if a recorded value is left
 * unchecked or a check names a value that is not recorded. (The README's "205 values" is the tally of
 * the generator's own checker, whose breakdown is not recorded; this ledger is ours and its count is
 * asserted exactly.) Also checks what the files record about neg13/neg14 (session key, SHA-1(WK),
 * inner IV, wire bytes) and the derivation steps of every recorded Crypt::CBC call.
 */
class VectorValuesAccountingTest {
    /** The recorded results; everything else in the files is input, framing text or commentary. */
    static final Set<String> COMPUTED = Set.of("hashed_body", "hashed_body_hex", "sha1_digest_hex",
            "digest_value_base64", "hmac_sha1_hex", "signature_value_base64", "canonical_body_utf8_hex",
            "hashed_bytes_hex", "sha1_of_utf8_bytes_base64", "kek_hex", "gzip_hex", "plaintext", "session_key_hex",
            "data_iv_hex", "data_ciphertext_hex", "wrap_inner_iv_hex", "wrap_wkcks_hex", "wrap_temp1_hex",
            "wrap_temp3_hex", "wrap_ek_hex", "sha1_wk_hex", "out_hex", "ciphertext_hex", "stored_base64", "wire_hex");
    /** How many of them the files hold: 222 values plus 28 wire byte strings (a new vector changes it on purpose). */
    static final int RECORDED = 250;
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] RANDOM_IV = "RandomIV".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, String> checked = new TreeMap<>();

    @Test
    void everyRecordedValueIsRecomputedExactlyOnce() throws Exception {
        Map<String, Object> index = Vectors.json("index.json");
        for (String name : index.keySet()) {
            if (name.startsWith("req")) {
                request(name);
            } else if (name.startsWith("rep")) {
                reply(name);
            }
        }
        canonicalization();
        nonAscii();
        passwordStorage();
        unwrapBug();
        javaClient();
        Set<String> unchecked = new TreeSet<>(recorded());
        unchecked.removeAll(checked.keySet());
        Set<String> unrecorded = new TreeSet<>(checked.keySet());
        unrecorded.removeAll(recorded());
        assertTrue(unchecked.isEmpty() && unrecorded.isEmpty(), "recorded but not checked: " + unchecked
                + "; checked but not recorded: " + unrecorded);
        assertEquals(RECORDED, checked.size());
        System.out.println("VectorValuesAccountingTest: " + checked.size() + " recorded values reproduced");
    }

    private void request(String name) {
        String file = name + ".json";
        Map<String, Object> v = Vectors.json(file);
        String payload = Vectors.str(v, "payload");
        byte[] wire = Vectors.bytes(name + ".wire");
        assertArrayEquals(wire, RequestFraming.frame(payload.getBytes(StandardCharsets.UTF_8)));
        same(file, "wire_hex", v.get("wire_hex"), hex(wire));
        Element env = XmlReader.parse(payload.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> enc = Json.obj(v.get("encryption"));
        if (enc != null && !enc.isEmpty()) {
            env = encryption(file, "encryption.", enc, (String) enc.get("token_value"), env, v.get("frozen_time"));
        }
        Map<String, Object> sig = Json.obj(v.get("signature"));
        if (sig != null && !sig.isEmpty()) {
            String canonical = XmlWriter.serialize(env.child("Body").orElseThrow());
            same(file, "signature.hashed_body", sig.get("hashed_body"), canonical);
            byte[] hashed = ClassicSignature.hashedBytes(canonical);
            same(file, "signature.hashed_body_hex", sig.get("hashed_body_hex"), hex(hashed));
            byte[] digest = Crypto.sha1(hashed);
            same(file, "signature.sha1_digest_hex", sig.get("sha1_digest_hex"), hex(digest));
            same(file, "signature.digest_value_base64", sig.get("digest_value_base64"), ClassicSignature.digestValue(hashed));
            String mac = ClassicSignature.signatureValue((String) sig.get("hmac_key"), digest);
            same(file, "signature.hmac_sha1_hex", sig.get("hmac_sha1_hex"), hex(Crypto.unb64(mac)));
            same(file, "signature.signature_value_base64", sig.get("signature_value_base64"), mac);
        }
    }

    private void reply(String name) {
        String file = name + ".json";
        Map<String, Object> v = Vectors.json(file);
        byte[] wire = Vectors.bytes(name + ".wire");
        same(file, "wire_hex", v.get("wire_hex"), hex(wire));
        List<byte[]> payloads = new ArrayList<>();
        for (Object o : Json.arr(v.get("chunks"))) {
            Object p = Json.obj(o).get("payload");
            if (p != null) {
                payloads.add(((String) p).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertArrayEquals(wire, ReplyFraming.reply(payloads));
        List<Object> encs = Json.arr(v.get("encryption"));
        for (int i = 0; encs != null && i < encs.size(); i++) {
            encryption(file, "encryption[" + i + "].", Json.obj(encs.get(i)), Vectors.str(v, "auth_key"),
                    XmlReader.parse(payloads.get(i)), v.get("frozen_time"));
        }
    }

    /**
     * Classic decryption step by step (docs/protocol.md, Classic suite), every intermediate ticked off, then the five
     * recorded Crypt::CBC calls (1-2 derive the session key, 3 encrypts the data, 4-5 wrap it).
     * Returns the decrypted envelope.
     */
    private Element encryption(String file, String at, Map<String, Object> enc, String tokenValue, Element env,
                               Object frozenTime) {
        byte[] kek = TripleDes.kek(Crypto.utf8(tokenValue));
        if (enc.containsKey("kek_hex")) {
            same(file, at + "kek_hex", enc.get("kek_hex"), hex(kek));
        }
        Element ed = env.child("EncryptedData").orElseThrow();
        byte[] ek = Crypto.unb64(ed.child("EncryptedKey").orElseThrow().textContent());
        byte[] cv = Crypto.unb64(ed.child("CipherValue").orElseThrow().textContent());
        same(file, at + "wrap_ek_hex", enc.get("wrap_ek_hex"), hex(ek));
        byte[] temp3 = TripleDes.decrypt(kek, KeyWrap.WRAP_IV, ek);
        same(file, at + "wrap_temp3_hex", enc.get("wrap_temp3_hex"), hex(temp3));
        byte[] temp2 = reverse(temp3);
        byte[] iv2 = Arrays.copyOf(temp2, 8);
        same(file, at + "wrap_inner_iv_hex", enc.get("wrap_inner_iv_hex"), hex(iv2));
        byte[] temp1 = Arrays.copyOfRange(temp2, 8, 40);
        same(file, at + "wrap_temp1_hex", enc.get("wrap_temp1_hex"), hex(temp1));
        byte[] wkcks = TripleDes.decrypt(kek, iv2, temp1);
        same(file, at + "wrap_wkcks_hex", enc.get("wrap_wkcks_hex"), hex(wkcks));
        byte[] wk = KeyWrap.unwrap(kek, ek);
        same(file, at + "session_key_hex", enc.get("session_key_hex"), hex(wk));
        assertArrayEquals(ek, KeyWrap.wrap(kek, wk, iv2), "re-wrapping gives the same EncryptedKey");

        byte[] iv1 = Arrays.copyOf(cv, 8);
        same(file, at + "data_iv_hex", enc.get("data_iv_hex"), hex(iv1));
        byte[] gzip = TripleDes.unpad(TripleDes.decrypt(wk, iv1, Arrays.copyOfRange(cv, 8, cv.length)));
        byte[] plain = Gzip.decompress(gzip, 1 << 20);
        same(file, at + "plaintext", enc.get("plaintext"), new String(plain, StandardCharsets.ISO_8859_1));
        byte[] regzipped = Gzip.compress(plain);
        assertArrayEquals(gzip, regzipped, "our gzip writes the bytes Compress::Zlib wrote");
        same(file, at + "gzip_hex", enc.get("gzip_hex"), hex(regzipped));
        byte[] ct = TripleDes.encrypt(wk, iv1, TripleDes.pad(regzipped));
        same(file, at + "data_ciphertext_hex", enc.get("data_ciphertext_hex"), hex(ct));

        List<Object> calls = Json.arr(enc.get("crypt_cbc_calls"));
        assertEquals(5, calls.size(), file + " records five Crypt::CBC calls");
        for (int i = 0; i < calls.size(); i++) {
            Map<String, Object> c = Json.obj(calls.get(i));
            same(file, at + "crypt_cbc_calls[" + i + "].out_hex", c.get("out_hex"), hex(cbc(c)));
        }
        Map<String, Object> c1 = Json.obj(calls.get(0));
        Map<String, Object> c2 = Json.obj(calls.get(1));
        Map<String, Object> c3 = Json.obj(calls.get(2));
        Map<String, Object> c4 = Json.obj(calls.get(3));
        Map<String, Object> c5 = Json.obj(calls.get(4));
        byte[] time = Arrays.copyOf(String.valueOf(frozenTime).getBytes(StandardCharsets.US_ASCII), 24);
        assertEquals(hex(time), c1.get("in_hex"), "call 1 encrypts the time, NUL-padded to 24 bytes");
        assertEquals(hex(kek), c1.get("key_hex"));
        assertEquals(hex(kek), c2.get("key_hex"));
        assertEquals(c1.get("iv_used_hex"), c2.get("iv_used_hex"), "the two derivation calls share one IV");
        assertEquals(hex(wk), c2.get("out_hex"), "call 2's output is the session key");
        assertEquals(hex(wk), c3.get("key_hex"));
        assertEquals(hex(gzip), c3.get("in_hex"));
        assertEquals(hex(iv1), c3.get("iv_used_hex"));
        assertEquals(hex(concat(RANDOM_IV, iv1, ct)), c3.get("out_hex"), "Gold cuts the RandomIV literal off");
        assertEquals(hex(wkcks), c4.get("in_hex"));
        assertEquals(hex(iv2), c4.get("iv_used_hex"));
        assertEquals(hex(concat(RANDOM_IV, iv2, temp1)), c4.get("out_hex"));
        assertEquals(hex(temp3), c5.get("in_hex"));
        assertEquals(hex(KeyWrap.WRAP_IV), c5.get("iv_used_hex"));
        assertEquals(hex(ek), c5.get("out_hex"));
        return ClassicEncryption.decrypt(env, (t, n) -> Optional.of(tokenValue), 1 << 20,
                file.startsWith("rep") ? Direction.RESPONSE : Direction.REQUEST).envelope();
    }

    /** One Crypt::CBC 2.12 call: 3DES-CBC with the literal key, optional PKCS#5 padding and RandomIV header. */
    private static byte[] cbc(Map<String, Object> c) {
        assertEquals("encrypt", c.get("op"));
        byte[] key = Vectors.hex(c.get("key_hex"));
        byte[] iv = Vectors.hex(c.get("iv_used_hex"));
        if (c.get("iv_option_hex") != null) {
            assertEquals(c.get("iv_option_hex"), c.get("iv_used_hex"));
        }
        byte[] in = Vectors.hex(c.get("in_hex"));
        byte[] data = "standard".equals(c.get("padding")) ? TripleDes.pad(in) : in;
        byte[] out = TripleDes.encrypt(key, iv, data);
        return ((Number) c.get("prepend_iv")).intValue() == 1 ? concat(RANDOM_IV, iv, out) : out;
    }

    private void canonicalization() {
        List<Object> cases = Json.arr(Vectors.json("canonicalization_cases.json").get("cases"));
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = Json.obj(cases.get(i));
            Element body = XmlReader.parse(Vectors.hex(c.get("input_xml_utf8_hex"))).child("Body").orElseThrow();
            same("canonicalization_cases.json", "cases[" + i + "].canonical_body_utf8_hex",
                    c.get("canonical_body_utf8_hex"), hex(XmlWriter.serialize(body).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void nonAscii() {
        String file = "nonascii_signing.json";
        Map<String, Object> v = Json.obj(Vectors.json(file).get("latin1_range_cafe"));
        Element env = XmlReader.parse(Vectors.hex(v.get("payload_hex")));
        String canonical = XmlWriter.serialize(env.child("Body").orElseThrow());
        byte[] hashed = ClassicSignature.hashedBytes(canonical);
        same(file, "latin1_range_cafe.hashed_bytes_hex", v.get("hashed_bytes_hex"), hex(hashed));
        same(file, "latin1_range_cafe.digest_value_base64", v.get("digest_value_base64"), ClassicSignature.digestValue(hashed));
        same(file, "latin1_range_cafe.sha1_of_utf8_bytes_base64", v.get("sha1_of_utf8_bytes_base64"),
                ClassicSignature.digestValue(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private void passwordStorage() {
        String file = "password_storage.json";
        Map<String, Object> v = Vectors.json(file);
        same(file, "kek_hex", v.get("kek_hex"), hex(TripleDes.kek(Crypto.utf8(Vectors.str(v, "auth_key")))));
        String stored = StoredPassword.encrypt(Vectors.str(v, "cleartext_password"), Vectors.str(v, "auth_key"),
                Vectors.hex(v.get("iv_hex")));
        same(file, "stored_base64", v.get("stored_base64"), stored);
        byte[] raw = Crypto.unb64(stored);
        same(file, "ciphertext_hex", v.get("ciphertext_hex"), hex(Arrays.copyOfRange(raw, 8, raw.length)));
    }

    /** neg13/neg14: the keys that trip the classic unwrap (docs/differences.md, Protocol and security), unwrapped correctly here. */
    private void unwrapBug() throws IOException {
        String file = "perl_unwrap_null_strip_bug.json";
        for (Map.Entry<String, Object> e : Vectors.json(file).entrySet()) {
            String name = e.getKey();
            Map<String, Object> v = Json.obj(e.getValue());
            byte[] wire = Vectors.bytes(name + ".wire");
            same(file, name + ".wire_hex", v.get("wire_hex"), hex(wire));
            byte[] payload = RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults());
            assertEquals(v.get("payload"), new String(payload, StandardCharsets.UTF_8));
            assertArrayEquals(wire, RequestFraming.frame(payload));
            Element ed = XmlReader.parse(payload).child("EncryptedData").orElseThrow();
            byte[] kek = TripleDes.kek(Crypto.utf8("sss"));
            byte[] ek = Crypto.unb64(ed.child("EncryptedKey").orElseThrow().textContent());
            byte[] iv2 = Arrays.copyOf(reverse(TripleDes.decrypt(kek, KeyWrap.WRAP_IV, ek)), 8);
            same(file, name + ".wrap_inner_iv_hex", v.get("wrap_inner_iv_hex"), hex(iv2));
            byte[] wk = KeyWrap.unwrap(kek, ek);
            same(file, name + ".session_key_hex", v.get("session_key_hex"), hex(wk));
            byte[] sha1 = Crypto.sha1(wk);
            same(file, name + ".sha1_wk_hex", v.get("sha1_wk_hex"), hex(sha1));
            boolean zeroIv = name.startsWith("neg13");
            assertEquals(zeroIv, iv2[0] == 0, name + ": IV2[0] is 00 exactly in neg13");
            assertEquals(!zeroIv, sha1[7] == 0, name + ": SHA-1(WK)[7] is 00 exactly in neg14");
            assertTrue(!KeyWrap.safeForClassicReceivers(wk, iv2), name + " is what our sender avoids");
        }
    }

    private void javaClient() {
        String file = "java_client_to_perl_server.json";
        Vectors.json(file).forEach((name, o) -> {
            Map<String, Object> v = Json.obj(o);
            byte[] payload = Vectors.bytes(name);
            same(file, name + ".wire_hex", v.get("wire_hex"), hex(RequestFraming.frame(payload)));
        });
    }

    /** Every leaf of every vector file whose key is a computed value, as "file:path". */
    private static Set<String> recorded() {
        Set<String> paths = new TreeSet<>();
        for (String file : List.of("canonicalization_cases.json", "java_client_to_perl_server.json",
                "negative_server_receive.json", "nonascii_signing.json", "password_storage.json",
                "password_token_negative.json", "perl_unwrap_null_strip_bug.json", "client_multichunk_timing.json")) {
            walk(file, "", Vectors.json(file), paths);
        }
        for (String name : Vectors.json("index.json").keySet()) {
            if (name.startsWith("req") || name.startsWith("rep")) {
                walk(name + ".json", "", Vectors.json(name + ".json"), paths);
            }
        }
        return paths;
    }

    private static void walk(String file, String at, Object node, Set<String> paths) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (COMPUTED.contains((String) k) && !(v instanceof Map) && !(v instanceof List)) {
                    paths.add(file + ":" + at + k);
                } else {
                    walk(file, at + k + (v instanceof List ? "" : "."), v, paths);
                }
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(file, at + "[" + i + "]" + (l.get(i) instanceof Map ? "." : ""), l.get(i), paths);
            }
        }
    }

    private void same(String file, String path, Object expected, String actual) {
        String key = file + ":" + path;
        assertEquals(expected, actual, key);
        assertNull(checked.put(key, actual), "checked twice: " + key);
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
