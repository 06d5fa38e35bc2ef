package gold.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CanonicalizationCasesTest {

    @TestFactory
    List<DynamicTest> everyCanonicalizationCaseReproducesTheLibxml2BodyBytes() {
        List<Object> cases = Json.arr(Vectors.json("canonicalization_cases.json").get("cases"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Object o : cases) {
            Map<String, Object> c = Json.obj(o);
            tests.add(DynamicTest.dynamicTest((String) c.get("name"), () -> {
                Element root = XmlReader.parse(Vectors.hex(c.get("input_xml_utf8_hex")));
                Element body = root.child("Body").orElseThrow();
                String expected = new String(Vectors.hex(c.get("canonical_body_utf8_hex")), StandardCharsets.UTF_8);
                assertEquals(expected, XmlWriter.serialize(body));
            }));
        }
        assertTrue(tests.size() >= 7, "cases present");
        return tests;
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
