package gold.web;

import gold.client.Settings;
import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The goldd servers of etc/gold.conf (primary and server.backup) and how goldweb signs in to them:
 * with the user's own Gold password (the Password token), never with the site's shared key.
 */
public final class GoldSite {
    private final GoldConfig conf;
    private final Settings settings;

    private GoldSite(GoldConfig conf) {
        this.conf = conf;
        this.settings = Settings.of(key -> conf.has(key) ? Optional.of(conf.get(key, "")) : Optional.empty());
    }

    public static GoldSite load(Path home) throws IOException {
        return new GoldSite(GoldConfig.load(home.resolve("etc/gold.conf")));
    }

    /** The calls of one user, signed with that user's password; the shared key is not read at all. */
    public GoldCalls as(String user, String password) {
        ClientSettings s = ClientSettings.from(conf, "").passwordToken(user, password);
        return new GoldCalls(user, new GoldClient(s), settings);
    }

    /** The calls of a token's owner, signed with the token's derived key (ApiToken token type). */
    public GoldCalls asApiToken(String user, String id, String key) {
        ClientSettings s = ClientSettings.from(conf, "").apiToken(user, id, key);
        return new GoldCalls(user, new GoldClient(s), settings);
    }

    /**
     * Checks a user's password with goldd: a small query signed with it. Answers the calls on success,
     * else the failure (424 for a wrong or undefined password, 2xx when no server answered).
     */
    public Login login(String user, String password) {
        GoldCalls calls = as(user, password);
        Response r = calls.send(Request.builder("User", "Query").where("Name", user).get("Name"));
        if (r.isFailure()) {
            return new Login(null, r.code(), r.message());
        }
        if (r.data().isEmpty()) {
            return new Login(null, Code.FAILED.code(), "No such user");
        }
        return new Login(calls, Code.SUCCESS.code(), "");
    }

    /** The result of a login attempt: calls when it succeeded. */
    public record Login(GoldCalls calls, String code, String message) {
        public boolean ok() {
            return calls != null;
        }

        /** True when goldd itself could not be reached or answered (not the user's fault). */
        public boolean unavailable() {
            return Code.isUnavailable(code);
        }
    }
}
