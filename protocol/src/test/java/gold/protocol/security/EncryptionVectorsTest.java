package gold.protocol.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every encrypted vector (req07, req08, req10, req11, req14, rep02, rep06): each intermediate value of
 * the classic encryption reproduced from the recorded randomness, and the whole payload re-encrypted
 * byte for byte.
 */
class EncryptionVectorsTest {
    static final String[] REQUESTS = {"req07_user_query_encrypted", "req08_account_deposit_encrypted",
        "req10_password_token_encrypted", "req11_long_key_encrypted", "req14_namespaces_encrypted"};
    static final String[] REPLIES = {"rep02_query_success_encrypted", "rep06_multichunk_encrypted_empty_last"};

    @TestFactory
    List<DynamicTest> encryptionIsReproducedExactly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : REQUESTS) {
            Map<String, Object> v = Vectors.json(name + ".json");
            Map<String, Object> enc = Json.obj(v.get("encryption"));
            String token = (String) enc.get("token_value");
            tests.add(DynamicTest.dynamicTest(name, () -> check(enc, token,
                    Vectors.str(v, "payload"), Direction.REQUEST, Json.obj(v.get("chunk_args")))));
        }
        for (String name : REPLIES) {
            Map<String, Object> v = Vectors.json(name + ".json");
            List<Object> chunks = Json.arr(v.get("chunks"));
            List<Object> encs = Json.arr(v.get("encryption"));
            for (int i = 0; i < encs.size(); i++) {
                Map<String, Object> enc = Json.obj(encs.get(i));
                String payload = (String) Json.obj(chunks.get(i)).get("payload");
                tests.add(DynamicTest.dynamicTest(name + " chunk " + (i + 1), () -> check(enc,
                        Vectors.str(v, "auth_key"), payload, Direction.RESPONSE, Map.of())));
            }
        }
        return tests;
    }

    private static void check(Map<String, Object> enc, String tokenValue, String payload, Direction dir,
                              Map<String, Object> args) {
        byte[] kek = TripleDes.kek(Crypto.utf8(tokenValue));
        if (enc.containsKey("kek_hex")) {
            assertArrayEquals(Vectors.hex(enc.get("kek_hex")), kek);
        }
        byte[] plain = ((String) enc.get("plaintext")).getBytes(StandardCharsets.UTF_8);
        byte[] gzip = Vectors.hex(enc.get("gzip_hex"));
        assertArrayEquals(gzip, Gzip.compress(plain), "gzip bytes as Compress::Zlib writes them");
        assertArrayEquals(plain, Gzip.decompress(gzip, 1 << 20));
        byte[] wk = Vectors.hex(enc.get("session_key_hex"));
        byte[] iv1 = Vectors.hex(enc.get("data_iv_hex"));
        byte[] iv2 = Vectors.hex(enc.get("wrap_inner_iv_hex"));
        assertArrayEquals(Vectors.hex(enc.get("data_ciphertext_hex")), TripleDes.encrypt(wk, iv1, TripleDes.pad(gzip)));
        byte[] wkcks = Arrays.copyOf(wk, 32);
        System.arraycopy(Crypto.sha1(wk), 0, wkcks, 24, 8);
        assertArrayEquals(Vectors.hex(enc.get("wrap_wkcks_hex")), wkcks);
        assertArrayEquals(Vectors.hex(enc.get("wrap_temp1_hex")), TripleDes.encrypt(kek, iv2, wkcks));
        byte[] ek = KeyWrap.wrap(kek, wk, iv2);
        assertArrayEquals(Vectors.hex(enc.get("wrap_ek_hex")), ek);
        assertArrayEquals(wk, KeyWrap.unwrap(kek, ek));
        assertArrayEquals(Vectors.hex(enc.get("wrap_temp3_hex")), TripleDes.decrypt(kek, KeyWrap.WRAP_IV, ek));

        // whole payload: decrypt, then re-encrypt with the recorded randomness
        Element env = XmlReader.parse(payload.getBytes(StandardCharsets.UTF_8));
        Element ed = env.child("EncryptedData").orElseThrow();
        assertArrayEquals(ek, Crypto.unb64(ed.child("EncryptedKey").orElseThrow().textContent()));
        Token token = "Password".equals(args.get("tokenType"))
                ? Token.password((String) args.get("tokenName"), tokenValue) : Token.symmetric(tokenValue);
        Element opened = ClassicEncryption.decrypt(env, (t, n) -> Optional.of(tokenValue), 1 << 20, dir)
                .envelope();
        ClassicEncryption.encrypt(opened, token, new ClassicEncryption.Material(wk, iv1, iv2), dir);
        assertEquals(payload, XmlWriter.document(opened));
    }
}
