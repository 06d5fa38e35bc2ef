package gold.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gold.protocol.GoldException;
import gold.protocol.server.OpenedRequest;
import gold.protocol.server.ServerSecurity;
import gold.protocol.testutil.Json;
import gold.protocol.testutil.RequestDump;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.RequestReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * neg01..neg17: every bad or unusual request answered with its documented code and text (without the
 * trailing newline of Perl's die), the accepted variants accepted with the recorded request, and the
 * two requests the classic receiver wrongly rejects (unwrap bug) decrypted correctly.
 */
class NegativeVectorsTest {

    @TestFactory
    List<DynamicTest> negativeServerReceive() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Object> all = Vectors.json("negative_server_receive.json");
        all.forEach((name, o) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> v = Json.obj(o);
            Map<String, String> conf = new HashMap<>();
            Json.obj(v.get("server_config")).forEach((k, val) -> conf.put(k, (String) val));
            byte[] wire = Vectors.bytes((String) v.get("wire_file"));
            ServerSecurity server = RequestVectorsTest.server((String) v.get("server_key"), conf);
            int serverChunk = Integer.parseInt(conf.getOrDefault("response.chunksize", "0"));
            verdict(v, () -> server.open(RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults())),
                    serverChunk);
        })));
        Map<String, Object> pw = Vectors.json("password_token_negative.json");
        pw.forEach((name, o) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> v = Json.obj(o);
            byte[] wire = Vectors.bytes((String) v.get("wire_file"));
            ServerSecurity server = RequestVectorsTest.server("sss", Map.of());
            verdict(Json.obj(v.get("server_receive")),
                    () -> server.open(RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults())), 0);
        })));
        Map<String, Object> bug = Vectors.json("perl_unwrap_null_strip_bug.json");
        bug.forEach((name, o) -> tests.add(DynamicTest.dynamicTest(name + " decrypts correctly here", () -> {
            byte[] wire = Vectors.bytes(name + ".wire");
            OpenedRequest r = RequestVectorsTest.server("sss", Map.of()).open(
                    RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults()));
            assertEquals(true, r.encrypted());
            assertEquals("Query", r.request().action());
        })));
        return tests;
    }

    interface Open {
        OpenedRequest open() throws Exception;
    }

    private static void verdict(Map<String, Object> v, Open open, int serverChunk) throws Exception {
        if (Boolean.TRUE.equals(v.get("ok"))) {
            OpenedRequest r = open.open();
            assertEquals(v.get("request"), RequestDump.of(r.request(), serverChunk));
            assertEquals(v.get("authenticated"), r.authenticated());
            assertEquals(v.get("encrypted"), r.encrypted());
            return;
        }
        GoldException e = assertThrows(GoldException.class, open::open);
        assertEquals(v.get("code"), e.code());
        assertEquals(((String) v.get("text")).stripTrailing(), e.getMessage());
    }
}
