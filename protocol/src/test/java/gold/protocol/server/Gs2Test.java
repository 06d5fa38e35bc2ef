package gold.protocol.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.client.SealedRequest;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.ClassicSignature;
import gold.protocol.security.Direction;
import gold.protocol.security.Gs2Encryption;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.security.Token;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlOptions;
import gold.protocol.xml.Element;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** GS2 (docs/protocol.md, GS2 suite): signing, encryption, freshness, replay, method checks, reply verification. */
class Gs2Test {
    static final Request QUERY = Request.builder("User", "Query").actor("amy").where("Name", "amy").build();
    final AtomicLong now = new AtomicLong(1_700_000_000L);
    final InMemoryReplayGuard replay = new InMemoryReplayGuard(now::get);

    ServerSecurity server(Map<String, String> conf) {
        return new ServerSecurity(ServerPolicy.from(GoldConfig.of(conf)), "sss",
                u -> u.equals("amy") ? Optional.of("amysecret1") : Optional.empty(), replay, now::get, new SecureRandom());
    }

    SealedRequest seal(boolean encrypt, String key) {
        ClientSettings s = ClientSettings.from(GoldConfig.of(Map.of("security.mode", "gs2",
                "security.encryption", Boolean.toString(encrypt))), key).clock(now::get);
        return new RequestSealer(s, new SecureRandom()).seal(QUERY);
    }

    static GoldException rejected(ServerSecurity s, byte[] payload) {
        return assertThrows(RejectedRequest.class, () -> s.open(payload));
    }

    @Test
    void signedAndEncryptedRequestsOpenAndRepliesVerify() {
        for (boolean enc : new boolean[] {false, true}) {
            SealedRequest req = seal(enc, "sss");
            String text = new String(req.payload(), StandardCharsets.UTF_8);
            assertTrue(text.contains(enc ? "<EncryptedData version=\"2\">" : "<Signature version=\"2\">"));
            assertEquals(enc, !text.contains("<Body>"));
            OpenedRequest opened = server(Map.of()).open(req.payload());
            assertTrue(opened.gs2() && opened.authenticated() && opened.wantsServerAttribute());
            assertEquals(enc, opened.encrypted());
            assertEquals(QUERY.conditions(), opened.request().conditions());
            byte[] reply = opened.sealer().seal(Response.success("done").withChunk(2, -1));
            assertEquals(enc, new String(reply, StandardCharsets.UTF_8).contains("EncryptedData"));
            Response r = req.opener().open(reply);
            assertEquals("done", r.message());
            assertEquals(2, r.chunkNum());
        }
    }

    @Test
    void staleTimestampIs426AndItsReplyIsStillSigned() {
        SealedRequest req = seal(false, "sss");
        now.addAndGet(301);
        RejectedRequest e = (RejectedRequest) rejected(server(Map.of()), req.payload());
        assertEquals("426", e.code());
        assertEquals("Message timestamp outside the permitted window", e.getMessage());
        Response r = req.opener().open(e.sealer().seal(Response.failure(e)));
        assertEquals("426", r.code());
        now.addAndGet(-602);
        assertEquals("426", rejected(server(Map.of()), req.payload()).code());
    }

    @Test
    void replayedNonceIs427() {
        SealedRequest req = seal(true, "sss");
        ServerSecurity s = server(Map.of());
        s.open(req.payload());
        assertEquals("427", rejected(s, req.payload()).code());
        assertEquals("Replayed message", rejected(s, req.payload()).getMessage());
    }

    @Test
    void unknownVersionOrMethodIs428() {
        String p = new String(seal(false, "sss").payload(), StandardCharsets.UTF_8);
        assertEquals("428", rejected(server(Map.of()), p.replace("version=\"2\"", "version=\"3\"")
                .getBytes(StandardCharsets.UTF_8)).code());
        assertEquals("428", rejected(server(Map.of()), p.replace("method=\"hmac-sha256\"", "method=\"hmac-md5\"")
                .getBytes(StandardCharsets.UTF_8)).code());
        String e = new String(seal(true, "sss").payload(), StandardCharsets.UTF_8);
        assertEquals("428", rejected(server(Map.of()), e.replace("aes256-gcm", "aes128-cbc")
                .getBytes(StandardCharsets.UTF_8)).code());
    }

    @Test
    void tamperedCiphertextIs438() {
        Element env = XmlReader.parse(seal(true, "sss").payload());
        Element cv = env.child("EncryptedData").orElseThrow().child("CipherValue").orElseThrow();
        String v = cv.textContent();
        char c = v.charAt(20) == 'A' ? 'B' : 'A';
        String tampered = XmlWriter.document(env).replace(v, v.substring(0, 20) + c + v.substring(21));
        GoldException e = rejected(server(Map.of()), tampered.getBytes(StandardCharsets.UTF_8));
        assertEquals("438", e.code());
        assertEquals("Decryption failed", e.getMessage());
        assertEquals("438", rejected(server(Map.of()), seal(true, "other").payload()).code());
    }

    @Test
    void tamperedBodyOrWrongKeyIs424() {
        String p = new String(seal(false, "sss").payload(), StandardCharsets.UTF_8);
        GoldException e = rejected(server(Map.of()), p.replace(">amy</Where>", ">bob</Where>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Failed authenticating message: (Incoming digest does not match calculated digest).", e.getMessage());
        GoldException k = rejected(server(Map.of()), seal(false, "other").payload());
        assertEquals("Failed authenticating message: (Incoming MAC does not match calculated MAC).", k.getMessage());
    }

    @Test
    void serverPolicyTurnsSuitesOnAndOff() {
        Map<String, String> noLegacy = Map.of("security.legacy.accept", "false");
        byte[] classic = new RequestSealer(ClientSettings.from(GoldConfig.empty(), "sss"), new SecureRandom())
                .seal(QUERY).payload();
        assertEquals("428", rejected(server(noLegacy), classic).code());
        server(noLegacy).open(seal(false, "sss").payload());
        assertEquals("428", rejected(server(Map.of("security.gs2.accept", "false")), seal(false, "sss").payload()).code());
        GoldException e = rejected(server(Map.of("security.gs2.require.encryption", "true")), seal(false, "sss").payload());
        assertEquals("434", e.code());
        server(Map.of("security.gs2.require.encryption", "true")).open(seal(true, "sss").payload());
    }

    @Test
    void clientRefusesUnsignedForeignAndDowngradedReplies() {
        SealedRequest req = seal(true, "sss");
        OpenedRequest opened = server(Map.of()).open(req.payload());
        byte[] good = opened.sealer().seal(Response.success("ok"));
        assertEquals("ok", req.opener().open(good).message());

        byte[] plain = server(Map.of()).plainSealer().seal(Response.failure("730", "db down"));
        GoldException unsigned = assertThrows(GoldException.class, () -> req.opener().open(plain));
        assertEquals("424", unsigned.code());
        assertEquals("Failed authenticating reply: (Reply is not signed -- unverified server message: 730 db down).",
                unsigned.getMessage());

        SealedRequest other = seal(true, "sss");
        GoldException foreign = assertThrows(GoldException.class, () -> other.opener().open(good));
        assertEquals("Failed authenticating reply: (Reply does not answer this request).", foreign.getMessage());

        SealedRequest plainReq = seal(false, "sss");
        OpenedRequest plainOpened = server(Map.of()).open(plainReq.payload());
        byte[] signedOnly = plainOpened.sealer().seal(Response.success("ok"));
        assertEquals("ok", plainReq.opener().open(signedOnly).message());
        // an encrypting client refuses a reply that is only signed (downgrade)
        Element env = XmlReader.parse(signedOnly);
        GoldException downgraded = assertThrows(GoldException.class, () -> req.opener().open(signedOnly));
        assertEquals("424", downgraded.code());
        assertFalse(env.child("EncryptedData").isPresent());

        byte[] wrongKey = new ServerSecurity(ServerPolicy.from(GoldConfig.empty()), "other", u -> Optional.empty(),
                replay, now::get, new SecureRandom()).open(seal(false, "other").payload()).sealer().seal(Response.success("x"));
        GoldException mac = assertThrows(GoldException.class, () -> plainReq.opener().open(wrongKey));
        assertEquals("424", mac.code());
        String tampered = new String(signedOnly, StandardCharsets.UTF_8).replace("<Code>000</Code>", "<Code>001</Code>");
        assertEquals("424", assertThrows(GoldException.class,
                () -> plainReq.opener().open(tampered.getBytes(StandardCharsets.UTF_8))).code());
    }

    /**
     * Downgrade: a reply in the classic suite, validly signed (HMAC-SHA1) or validly encrypted (3DES)
     * under the right shared key, is refused by a GS2 client, also when the classic encryption wraps a
     * genuine GS2-signed reply; a classic client accepts the very same bytes, so only the suite differs.
     */
    @Test
    void clientRefusesClassicSignedAndClassicEncryptedRepliesToAGs2Request() {
        Response ok = Response.success("ok").withActor("gold");
        Element signedEnv = XmlOptions.plain().envelope(ResponseXml.toElement(ok));
        ClassicSignature.sign(signedEnv, Token.symmetric("sss"));
        byte[] classicSigned = XmlWriter.documentBytes(signedEnv);
        Element encEnv = XmlOptions.plain().envelope(ResponseXml.toElement(ok));
        ClassicSignature.sign(encEnv, Token.symmetric("sss"));
        ClassicEncryption.encrypt(encEnv, Token.symmetric("sss"), ClassicEncryption.Material.random(new SecureRandom()),
                Direction.RESPONSE);
        byte[] classicEncrypted = XmlWriter.documentBytes(encEnv);
        ClientSettings classic = ClientSettings.from(GoldConfig.of(Map.of("security.encryption", "true")), "sss");
        SealedRequest classicReq = new RequestSealer(classic, new SecureRandom()).seal(QUERY);
        assertEquals("ok", classicReq.opener().open(classicSigned).message());
        assertEquals("ok", classicReq.opener().open(classicEncrypted).message());

        for (boolean enc : new boolean[] {false, true}) {
            SealedRequest req = seal(enc, "sss");
            GoldException signed = assertThrows(GoldException.class, () -> req.opener().open(classicSigned));
            assertEquals("424", signed.code());
            assertEquals("Failed authenticating reply: (Reply is not signed -- unverified server message: 000 ok).",
                    signed.getMessage());
            GoldException encrypted = assertThrows(GoldException.class, () -> req.opener().open(classicEncrypted));
            assertEquals("424", encrypted.code());
            assertEquals("Failed authenticating reply: (Reply is not signed).", encrypted.getMessage());

            // a genuine GS2-signed reply to this request, re-wrapped in classic encryption
            Element gs2Env = XmlReader.parse(server(Map.of()).open(req.payload()).sealer().seal(ok));
            if (gs2Env.child("EncryptedData").isPresent()) {
                gs2Env = Gs2Encryption.decrypt(gs2Env, Direction.RESPONSE, (t, n) -> Optional.of("sss")).envelope();
            }
            assertEquals("2", gs2Env.child("Signature").orElseThrow().attributeOrEmpty("version"));
            ClassicEncryption.encrypt(gs2Env, Token.symmetric("sss"), ClassicEncryption.Material.random(new SecureRandom()),
                    Direction.RESPONSE);
            byte[] rewrapped = XmlWriter.documentBytes(gs2Env);
            GoldException mixed = assertThrows(GoldException.class, () -> req.opener().open(rewrapped));
            assertEquals("424", mixed.code(), mixed.getMessage());
        }
    }

    @Test
    void passwordTokenRepliesAreEncryptedUnderThePassword() {
        for (String mode : new String[] {"legacy", "gs2"}) {
            Map<String, String> conf = new HashMap<>(Map.of("security.mode", mode, "security.encryption", "true"));
            ClientSettings s = ClientSettings.from(GoldConfig.of(conf), "").clock(now::get)
                    .passwordToken("amy", "amysecret1");
            SealedRequest req = new RequestSealer(s, new SecureRandom()).seal(QUERY);
            OpenedRequest opened = server(Map.of()).open(req.payload());
            assertEquals("Password", opened.tokenType());
            byte[] reply = opened.sealer().seal(Response.success("ok"));
            String text = new String(reply, StandardCharsets.UTF_8);
            assertTrue(text.contains("<SecurityToken type=\"Password\" name=\"amy\">"), text);
            assertEquals("ok", req.opener().open(reply).message());
        }
    }

    @Test
    void classicErrorRepliesAreEncryptedWhenTheRequestDecrypted() {
        // encrypted under the shared key but signed with another key: decrypts, then fails authentication
        Element env = XmlOptions.plain().envelope(RequestXml.toElement(QUERY));
        ClassicSignature.sign(env, Token.symmetric("not-sss"));
        ClassicEncryption.encrypt(env, Token.symmetric("sss"),
                ClassicEncryption.Material.random(new SecureRandom()),
                Direction.REQUEST);
        RejectedRequest e = assertThrows(RejectedRequest.class, () -> server(Map.of()).open(XmlWriter.documentBytes(env)));
        assertEquals("Failed authenticating message: (Incoming MAC does not match calculated MAC).", e.getMessage());
        byte[] err = ServerSecurity.errorReply(e, e.sealer(), "gold");
        String text = new String(err, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("HTTP/1.1 200 OK\r\n") && text.contains("<EncryptedData>"), text);
        ClientSettings c = ClientSettings.from(GoldConfig.of(Map.of("security.encryption", "true")), "sss");
        SealedRequest any = new RequestSealer(c, new SecureRandom()).seal(QUERY);
        Response r = any.opener().open(Arrays.copyOfRange(err, text.indexOf("<?xml"), text.lastIndexOf("0\r\n")));
        assertEquals("424", r.code());
        // a request that could not be decrypted gets a plain error reply
        RejectedRequest plain = assertThrows(RejectedRequest.class, () -> server(Map.of()).open(
                new RequestSealer(ClientSettings.from(GoldConfig.of(Map.of("security.encryption", "true")), "x"),
                        new SecureRandom()).seal(QUERY).payload()));
        assertFalse(new String(ServerSecurity.errorReply(plain, plain.sealer(), "gold"), StandardCharsets.US_ASCII)
                .contains("EncryptedData"));
    }
}
