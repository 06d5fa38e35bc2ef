package gold.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.Direction;
import gold.protocol.security.TokenResolver;
import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.ChunkedReplyWriter;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyFraming;
import gold.protocol.wire.ReplyReader;
import gold.protocol.xml.Element;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlOptions;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every reply vector rep01..rep09: exact framing, exact plain payloads, decryption, client decoding. */
class ReplyVectorsTest {
    static final String[] NAMES = {"rep01_query_success_plain", "rep02_query_success_encrypted",
        "rep03_action_success_no_data", "rep04_failure_444", "rep05_multichunk_plain",
        "rep06_multichunk_encrypted_empty_last", "rep07_truncated_warning_146", "rep08_failure_730_db_unavailable",
        "rep09_success_080_refresh"};

    @Test
    void replyHeaderIsTheExact88Bytes() {
        assertEquals(88, ReplyFraming.header().length);
    }

    @TestFactory
    List<DynamicTest> replyVectors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : NAMES) {
            tests.add(DynamicTest.dynamicTest(name, () -> check(name)));
        }
        return tests;
    }

    private static void check(String name) throws Exception {
        Map<String, Object> v = Vectors.json(name + ".json");
        byte[] wire = Vectors.bytes(name + ".wire");
        assertArrayEquals(Vectors.hex(v.get("wire_hex")), wire);
        List<byte[]> payloads = new ArrayList<>();
        for (Object o : Json.arr(v.get("chunks"))) {
            Map<String, Object> c = Json.obj(o);
            if (c.containsKey("payload")) {
                payloads.add(((String) c.get("payload")).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertArrayEquals(wire, ReplyFraming.reply(payloads));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ChunkedReplyWriter writer = new ChunkedReplyWriter(streamed);
        for (int i = 0; i < payloads.size(); i++) {
            writer.send(payloads.get(i), i == payloads.size() - 1);
        }
        assertArrayEquals(wire, streamed.toByteArray());

        ReplyReader reader = new ReplyReader(new ByteArrayInputStream(wire), FrameLimits.defaults());
        reader.readHeader();
        List<Object> decoded = Json.arr(v.get("client_decoded"));
        boolean encrypted = Boolean.TRUE.equals(v.get("encrypted"));
        String key = Vectors.str(v, "auth_key");
        for (int i = 0; i < payloads.size(); i++) {
            byte[] p = reader.nextChunk().orElseThrow();
            assertArrayEquals(payloads.get(i), p);
            Element env = XmlReader.parse(p);
            if (encrypted) {
                TokenResolver r = (type, n) -> Optional.of(key);
                env = ClassicEncryption.decrypt(env, r, 1 << 20, Direction.RESPONSE).envelope();
                Map<String, Object> enc = Json.obj(Json.arr(v.get("encryption")).get(i));
                assertEquals(enc.get("plaintext"), XmlWriter.serialize(env.child("Body").orElseThrow()));
            }
            Response resp = ResponseXml.fromElement(env.child("Body").orElseThrow().child("Response").orElseThrow());
            assertDecoded(Json.obj(decoded.get(i)), resp);
            if (!encrypted) {
                assertArrayEquals(p, XmlWriter.documentBytes(XmlOptions.plain().envelope(ResponseXml.toElement(resp))));
            }
        }
        assertTrue(reader.nextChunk().isEmpty());
    }

    private static void assertDecoded(Map<String, Object> d, Response r) {
        assertEquals(d.get("status"), r.status().name());
        assertEquals(d.get("code"), r.code());
        assertEquals(d.get("message"), r.message());
        assertEquals(Integer.parseInt(d.get("chunkNum").toString()), r.chunkNum());
        assertEquals(Integer.parseInt(d.get("chunkMax").toString()), r.chunkMax());
        Object count = d.get("count");
        assertEquals(count == null ? -1L : Long.parseLong(count.toString()), r.count());
        List<Object> rows = Json.arr(d.get("rows"));
        assertEquals(rows == null ? 0 : rows.size(), r.data().size());
        for (int i = 0; rows != null && i < rows.size(); i++) {
            Map<String, Object> row = Json.obj(rows.get(i));
            Row ours = r.data().get(i);
            assertEquals(row.get("object"), ours.name());
            Json.obj(row.get("values")).forEach((k, val) -> assertEquals(val, ours.get(k), k));
        }
    }
}
