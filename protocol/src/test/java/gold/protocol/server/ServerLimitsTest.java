package gold.protocol.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.Direction;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.security.PasswordLookup;
import gold.protocol.security.Token;
import gold.protocol.xml.Element;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.XmlOptions;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receive path's resource bounds: XML nodes, decompressed plaintext, DOCTYPE, root and body checks. */
class ServerLimitsTest {
    static ServerSecurity server(Map<String, String> conf) {
        return new ServerSecurity(GoldConfig.of(conf), "sss", PasswordLookup.none(), new InMemoryReplayGuard());
    }

    static byte[] signed(Request r, boolean encrypt) {
        return new RequestSealer(ClientSettings.from(GoldConfig.of(Map.of("security.encryption",
                Boolean.toString(encrypt))), "sss"), new SecureRandom()).seal(r).payload();
    }

    @Test
    void tooManyXmlNodesAre242() {
        Request.Builder b = Request.builder("User", "Query").actor("amy");
        for (int i = 0; i < 600; i++) {
            b.option("O" + i, "v");
        }
        byte[] payload = signed(b.build(), false);
        GoldException e = assertThrows(GoldException.class,
                () -> server(Map.of("security.max.nodes", "1000")).open(payload));
        assertEquals("242", e.code());
        assertEquals("The message is malformed\ntoo many XML nodes", e.getMessage());
        server(Map.of()).open(payload);
        GoldException enc = assertThrows(GoldException.class,
                () -> server(Map.of("security.max.nodes", "1000")).open(signed(b.build(), true)));
        assertEquals("434", enc.code());
    }

    @Test
    void decompressionBombIsRefusedAtThePlaintextCap() {
        // 32 MiB of whitespace compresses to a few tens of KiB; the server caps plaintext at 16 MiB
        Element env = XmlOptions.plain().envelope(RequestXml.toElement(Request.builder("User", "Query").actor("amy")
                .option("Pad", " ".repeat(32 * 1024 * 1024)).build()));
        ClassicEncryption.encrypt(env, Token.symmetric("sss"), ClassicEncryption.Material.random(new SecureRandom()),
                Direction.REQUEST);
        byte[] payload = XmlWriter.documentBytes(env);
        assertTrue(payload.length < 1024 * 1024, "compressed size " + payload.length);
        GoldException e = assertThrows(GoldException.class, () -> server(Map.of("security.authentication", "false"))
                .open(payload));
        assertEquals("434", e.code());
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    @Test
    void doctypeWrongRootAndMissingBodyAre242() {
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE Envelope [<!ENTITY a \"aaaaaaaaaa\">]><Envelope><Body>&a;</Body></Envelope>";
        assertEquals("242", assertThrows(GoldException.class, () -> server(Map.of()).open(doctype.getBytes(StandardCharsets.UTF_8))).code());
        GoldException root = assertThrows(GoldException.class, () -> server(Map.of())
                .open("<s:Envelope><Body></Body></s:Envelope>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("The message is malformed\nThe root element is s:Envelope but should be Envelope.", root.getMessage());
        GoldException body = assertThrows(GoldException.class, () -> server(Map.of("security.authentication", "false"))
                .open("<Envelope></Envelope>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("No body found in the message\nEnvelope should have a Body element.", body.getMessage());
        GoldException actor = assertThrows(GoldException.class, () -> server(Map.of("security.authentication", "false"))
                .open("<Envelope><Body><Request action=\"Query\"><Object>User</Object></Request></Body></Envelope>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("312", actor.code());
        assertEquals("No actor specified in the request.", actor.getMessage());
    }

    @Test
    void emptyConnectionsGetNoReply() {
        assertThrows(IllegalArgumentException.class, () -> ServerSecurity.errorReply(
                Code.NULL_CONNECTION.exception(Code.NULL_CONNECTION.classicMessage()), server(Map.of()).plainSealer(), "gold"));
    }
}
