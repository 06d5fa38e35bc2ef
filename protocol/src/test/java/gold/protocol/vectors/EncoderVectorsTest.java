package gold.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Our client encoder produces the very bytes of every deterministic (unencrypted) request vector. */
class EncoderVectorsTest {
    static final String[] DETERMINISTIC = {"req01_user_query_signed", "req02_account_deposit_signed",
        "req03_multi_object_query_signed", "req04_job_charge_data_signed", "req05_modify_escaping_signed",
        "req06_alias_join_chunking", "req09_password_token_signed", "req12_unsigned", "req13_namespaces_signed"};

    @TestFactory
    List<DynamicTest> encoderReproducesDeterministicVectors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : DETERMINISTIC) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Map<String, Object> v = Vectors.json(name + ".json");
                byte[] payload = Vectors.str(v, "payload").getBytes(StandardCharsets.UTF_8);
                Request request = RequestXml.fromElement(XmlReader.parse(payload).child("Body").orElseThrow()
                        .child("Request").orElseThrow());
                Map<String, String> conf = new HashMap<>();
                Json.obj(v.get("client_config")).forEach((k, val) -> conf.put(k, (String) val));
                ClientSettings settings = ClientSettings.from(GoldConfig.of(conf), Vectors.str(v, "auth_key"));
                Map<String, Object> args = Json.obj(v.get("chunk_args"));
                if ("Password".equals(args.get("tokenType"))) {
                    settings.passwordToken((String) args.get("tokenName"), (String) args.get("tokenValue"));
                }
                // the request as a goldsh user would build it: chunking comes from gold.conf, not the request
                Request built = request.toBuilder().chunking(false).chunkSize(0).build();
                byte[] ours = new RequestSealer(settings, new SecureRandom()).seal(built).payload();
                assertEquals(new String(payload, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8));
                assertArrayEquals(payload, ours);
            }));
        }
        return tests;
    }
}
