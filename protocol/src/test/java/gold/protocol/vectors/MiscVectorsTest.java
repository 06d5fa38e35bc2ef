package gold.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.client.SealedRequest;
import gold.protocol.security.ClassicSignature;
import gold.protocol.security.Crypto;
import gold.protocol.security.StoredPassword;
import gold.protocol.server.OpenedRequest;
import gold.protocol.testutil.Json;
import gold.protocol.testutil.RequestDump;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestReader;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The remaining vectors: stored passwords, non-ASCII signing, Java client payloads and reader. */
class MiscVectorsTest {

    @Test
    void storedPasswordMatchesTheClassicForm() {
        Map<String, Object> v = Vectors.json("password_storage.json");
        String key = Vectors.str(v, "auth_key");
        assertEquals(v.get("stored_base64"), StoredPassword.encrypt(Vectors.str(v, "cleartext_password"), key,
                Vectors.hex(v.get("iv_hex"))));
        assertEquals(v.get("cleartext_password"), StoredPassword.decrypt(Vectors.str(v, "stored_base64"), key));
        byte[] stored = Crypto.unb64(Vectors.str(v, "stored_base64"));
        assertArrayEquals(Vectors.hex(v.get("ciphertext_hex")), Arrays.copyOfRange(stored, 8, stored.length));
    }

    @Test
    void latin1BodiesAreHashedAsIsoBytesAndStillVerify() {
        Map<String, Object> v = Json.obj(Vectors.json("nonascii_signing.json").get("latin1_range_cafe"));
        byte[] payload = Vectors.hex(v.get("payload_hex"));
        var env = XmlReader.parse(payload);
        String canonical = XmlWriter.serialize(env.child("Body").orElseThrow());
        assertArrayEquals(Vectors.hex(v.get("hashed_bytes_hex")), ClassicSignature.hashedBytes(canonical));
        assertEquals(v.get("digest_value_base64"), ClassicSignature.digestValue(ClassicSignature.hashedBytes(canonical)));
        assertEquals(v.get("sha1_of_utf8_bytes_base64"),
                ClassicSignature.digestValue(canonical.getBytes(StandardCharsets.UTF_8)));
        OpenedRequest r = RequestVectorsTest.server("sss", Map.of()).open(payload);
        assertEquals("café", r.request().assignments().get(0).value());
    }

    @Test
    void beyondLatin1IsSignedOverUtf8AndVerifies() {
        Request req = Request.builder("Project", "Modify").actor("gold")
                .set("Description", "price €5").where("Name", "chemistry").build();
        SealedRequest s = new RequestSealer(ClientSettings.from(GoldConfig.empty(), "sss"), new SecureRandom()).seal(req);
        assertEquals("price €5", RequestVectorsTest.server("sss", Map.of()).open(s.payload()).request()
                .assignments().get(0).value());
    }

    @TestFactory
    List<DynamicTest> javaClientPayloadsAreAccepted() {
        List<DynamicTest> tests = new ArrayList<>();
        Vectors.json("java_client_to_perl_server.json").forEach((name, o) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> v = Json.obj(o);
            byte[] payload = Vectors.bytes(name);
            assertEquals(v.get("payload"), new String(payload, StandardCharsets.UTF_8));
            byte[] wire = Vectors.hex(v.get("wire_hex"));
            assertArrayEquals(payload, RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults()));
            OpenedRequest r = RequestVectorsTest.server("sss", Map.of()).open(payload);
            assertEquals(v.get("request"), RequestDump.of(r.request(), 100000));
            assertEquals(v.get("encrypted"), r.encrypted());
        })));
        return tests;
    }

    /** Each line of java_client_reads_perl_replies.txt, reproduced by our client-side reader. */
    @TestFactory
    List<DynamicTest> ourReaderDecodesEveryReplyLikeTheJavaClient() {
        List<DynamicTest> tests = new ArrayList<>();
        String text = new String(Vectors.bytes("java_client_reads_perl_replies.txt"), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.contains(".wire:")) {
                continue;
            }
            String file = line.substring(0, line.indexOf(':'));
            String expected = line.substring(line.indexOf(':') + 1).strip();
            tests.add(DynamicTest.dynamicTest(file, () -> {
                ClientSettings settings = ClientSettings.from(GoldConfig.empty(), "sss");
                var opener = new RequestSealer(settings, new SecureRandom()).seal(
                        Request.builder("User", "Query").actor("amy").build()).opener();
                ReplyReader reader = new ReplyReader(new ByteArrayInputStream(Vectors.bytes(file)), FrameLimits.defaults());
                reader.readHeader();
                StringBuilder sb = new StringBuilder();
                Optional<byte[]> p;
                while ((p = reader.nextChunk()).isPresent()) {
                    Response r = opener.open(p.get());
                    sb.append("[status=").append(r.status()).append(" code=").append(r.code()).append(" count=")
                            .append(r.count()).append(" chunkNum=").append(r.chunkNum()).append(" chunkMax=")
                            .append(r.chunkMax()).append(" msg=").append(r.message()).append(" data=")
                            .append(r.data().size()).append("] ");
                }
                assertEquals(expected, sb.toString().strip());
            }));
        }
        assertTrue(tests.size() == 9, "all nine reply vectors listed");
        return tests;
    }
}
