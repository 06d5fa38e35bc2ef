package gold.server.security;

import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.server.OpenedRequest;
import gold.protocol.server.ServerSecurity;
import gold.server.sql.BootstrapScript;
import gold.server.sql.Database;
import gold.server.sql.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API tokens on SQLite: create (secret once), list (never the secret), revoke by the owner or an
 * administrator only, and goldd's receive path accepting a request signed with a live token as its
 * owner while refusing revoked, expired, foreign-actor and wrong-key ones. The table holds neither
 * the secret nor the signing key in clear.
 */
class ApiTokensTest {
    static final String AUTH_KEY = "sss";
    @TempDir
    Path home;
    Database db;
    final AtomicLong now = new AtomicLong(1_800_000_000L);
    final PasswordCipher cipher = PasswordCipher.of(AUTH_KEY);
    ApiTokens tokens;
    ServerSecurity server;

    /** A token as the user holds it, split into its parts. */
    record Held(String user, String id, String secret) {
        static Held parse(String token) {
            String[] p = token.substring("gold_".length()).split("\\.");
            return new Held(new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8), p[1], p[2]);
        }
    }

    @BeforeEach
    void open() throws SQLException {
        db = Database.open(DatabaseSettings.from(Map.of("database.datasource", "jdbc:sqlite:" + home.resolve("gold.db")), home));
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            BootstrapScript.load().run(c, "gold", 1_700_000_000L);
            c.commit();
        }
        ApiTokens.ensureTable(db); // already there from bank.sql: a no-op
        tokens = new ApiTokens(db, cipher, "gold", now::get);
        server = new ServerSecurity(GoldConfig.of(Map.of()), AUTH_KEY, new StoredPasswords(db, cipher, tokens),
                new InMemoryReplayGuard());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Response call(String actor, String action, String... pairs) {
        Request.Builder b = Request.builder(ApiTokens.OBJECT, action).actor(actor);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].startsWith("=")) {
                b.where(pairs[i].substring(1), pairs[i + 1]);
            } else {
                b.set(pairs[i], pairs[i + 1]);
            }
        }
        return tokens.serve(b.build());
    }

    Held create(String user, String... more) {
        List<String> args = new ArrayList<>(List.of("Name", "script of " + user));
        args.addAll(List.of(more));
        Response r = call(user, "Create", args.toArray(String[]::new));
        assertEquals("000", r.code(), r.message());
        Held h = Held.parse(r.data().get(0).get("Token"));
        assertEquals(user, h.user());
        assertEquals(r.data().get(0).get("Id"), h.id());
        return h;
    }

    /** Seals a request as a client holding the token would, and opens it as goldd does. */
    OpenedRequest send(Held h, String actor, String key, boolean encrypt) {
        ClientSettings s = ClientSettings.from(GoldConfig.of(Map.of("security.encryption", Boolean.toString(encrypt))), "")
                .apiToken(h.user(), h.id(), key);
        byte[] payload = new RequestSealer(s, new SecureRandom()).seal(
                Request.builder("Account", "Query").actor(actor).build()).payload();
        return server.open(payload);
    }

    OpenedRequest send(Held h, boolean encrypt) {
        return send(h, h.user(), ApiTokens.signingKey(h.secret()), encrypt);
    }

    @Test
    void aLiveTokenAuthenticatesItsOwnerSignedOrEncrypted() {
        Held amy = create("amy");
        for (boolean enc : new boolean[] {false, true}) {
            OpenedRequest o = send(amy, enc);
            assertTrue(o.authenticated());
            assertEquals("amy", o.request().actor());
            assertEquals("ApiToken", o.tokenType());
            assertEquals("amy:" + amy.id(), o.tokenName());
        }
    }

    @Test
    void anotherActorAWrongKeyOrAnUnknownIdAreRefused() {
        Held amy = create("amy");
        GoldException actor = assertThrows(GoldException.class,
                () -> send(amy, "bob", ApiTokens.signingKey(amy.secret()), false));
        assertEquals("424", actor.code());
        GoldException key = assertThrows(GoldException.class,
                () -> send(amy, "amy", ApiTokens.signingKey(amy.secret() + "x"), false));
        assertEquals("424", key.code());
        GoldException raw = assertThrows(GoldException.class, () -> send(amy, "amy", amy.secret(), false));
        assertEquals("424", raw.code(), "the secret itself is not the key");
        GoldException unknown = assertThrows(GoldException.class,
                () -> send(new Held("amy", "0000000000000000", amy.secret()), false));
        assertEquals("424", unknown.code());
        GoldException encrypted = assertThrows(GoldException.class,
                () -> send(amy, "amy", ApiTokens.signingKey(amy.secret() + "x"), true));
        assertEquals("434", encrypted.code());
    }

    @Test
    void aRevokedTokenIsRefusedAndOnlyItsOwnerOrAnAdminMayRevoke() {
        Held amy = create("amy");
        Held bob = create("bob");
        Response foreign = call("bob", "Revoke", "=Id", amy.id());
        assertEquals("444", foreign.code());
        assertTrue(send(amy, false).authenticated(), "still live after bob's refused attempt");
        assertEquals("444", call("bob", "Revoke", "=Id", "ffffffffffffffff").code(), "unknown ids read alike");
        assertEquals("314", call("amy", "Revoke").code());

        assertEquals("000", call("amy", "Revoke", "=Id", amy.id()).code());
        assertEquals("424", assertThrows(GoldException.class, () -> send(amy, false)).code());
        assertEquals("000", call("amy", "Revoke", "=Id", amy.id()).code(), "revoking twice is harmless");

        assertEquals("000", call("gold", "Revoke", "=Id", bob.id()).code(), "the super user revokes any token");
        assertEquals("424", assertThrows(GoldException.class, () -> send(bob, false)).code());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Held amy = create("amy", "Expires", Long.toString(now.get() + 3600));
        assertTrue(send(amy, false).authenticated());
        now.addAndGet(3600);
        assertEquals("424", assertThrows(GoldException.class, () -> send(amy, false)).code());
        assertEquals("317", call("amy", "Create", "Name", "x", "Expires", "2001-01-01").code());
        assertEquals("317", call("amy", "Create", "Name", "x", "Expires", "soon").code());
        assertEquals("314", call("amy", "Create").code());
    }

    @Test
    void listingShowsOwnTokensWithoutSecrets() throws SQLException {
        Held amy = create("amy");
        create("amy");
        create("bob");
        call("amy", "Revoke", "=Id", amy.id());
        Response mine = call("amy", "Query");
        assertEquals(2, mine.data().size());
        for (Row r : mine.data()) {
            assertEquals("amy", r.get("User"));
            assertFalse(r.names().contains("Token"));
        }
        assertEquals(List.of("True", "False"), mine.data().stream()
                .sorted((a, b) -> a.get("Id").equals(amy.id()) ? -1 : 1).map(r -> r.get("Revoked")).toList());
        assertEquals("444", call("bob", "Query", "=User", "amy").code());
        assertEquals(2, call("gold", "Query", "=User", "amy").data().size(), "an admin lists anybody's");

        // the table holds neither the secret nor the signing key in clear
        Held bob = create("bob");
        try (Connection c = db.reader(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM g_api_token")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String v = String.valueOf(rs.getString(i));
                    for (Held h : List.of(amy, bob)) {
                        assertFalse(v.contains(h.secret()), "secret stored in clear");
                        assertFalse(v.contains(ApiTokens.signingKey(h.secret())), "signing key stored in clear");
                    }
                }
            }
            assertEquals(4, rows);
        }
    }

    @Test
    void aDatabaseWithoutTheTableGetsItAtStartIdempotently() throws SQLException {
        try (Connection c = db.writer(); Statement s = c.createStatement()) {
            db.dialect().beginWrite(c);
            s.execute("DROP TABLE g_api_token");
            c.commit();
        }
        assertEquals("730", call("amy", "Query").code());
        ApiTokens.ensureTable(db);
        ApiTokens.ensureTable(db);
        Held amy = create("amy");
        assertTrue(send(amy, true).authenticated());
    }
}
