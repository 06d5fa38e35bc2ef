package gold.server.security;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.sql.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Per-user API tokens (object {@code ApiToken}, actions Create, Query, Revoke), kept in the table
 * g_api_token outside the metadata model. A token is {@code gold_<user in Base64url>.<id>.<secret>}
 * with a 256-bit random secret. Requests are signed with the token type {@code ApiToken}, name
 * {@code USER:ID}, keyed by {@link #signingKey}: SHA-256 of the secret. goldd must know that key to
 * check an HMAC, so it stores the key (never the secret), encrypted under the site auth key like
 * stored passwords: reading the table does not reveal the token a user holds. Users manage their
 * own tokens; the super user and SystemAdmin members may list and revoke anybody's.
 */
public final class ApiTokens {
    public static final String OBJECT = "ApiToken";
    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS g_api_token (
              g_id varchar(64) PRIMARY KEY,
              g_user varchar(1024) NOT NULL,
              g_name varchar(1024) NOT NULL,
              g_key varchar(1024) NOT NULL,
              g_creation_time bigint NOT NULL,
              g_expiration_time bigint NOT NULL DEFAULT 0,
              g_revoked varchar(5) NOT NULL DEFAULT 'False',
              g_revoked_time bigint,
              g_revoked_by varchar(1024)
            )""";
    private final Database db;
    private final PasswordCipher cipher;
    private final String superUser;
    private final LongSupplier clock;

    public ApiTokens(Database db, PasswordCipher cipher, String superUser, LongSupplier epochSeconds) {
        this.db = db;
        this.cipher = cipher;
        this.superUser = superUser;
        this.clock = epochSeconds;
    }

    /**
     * Creates g_api_token when the database lacks it (databases bootstrapped before tokens existed).
     * Looks first, so a start against a read-only host that has the table writes nothing; a failure
     * to create is logged and leaves goldd serving, with ApiToken requests answered 730.
     */
    public static void ensureTable(Database db) {
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT g_id FROM g_api_token WHERE 1 = 0").close();
                c.commit();
                return;
            } catch (SQLException missing) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.warning("cannot check for g_api_token: " + e.getMessage());
            return;
        }
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            try (Statement s = c.createStatement()) {
                s.execute(TABLE);
                s.execute("CREATE INDEX IF NOT EXISTS g_api_token_user ON g_api_token (g_user)");
            }
            c.commit();
            LOG.info("created g_api_token (API tokens)");
        } catch (SQLException e) {
            LOG.warning("cannot create g_api_token, API tokens are unavailable: " + e.getMessage());
        }
    }

    /** The HMAC key of a token secret, computed alike by the client and (once, at creation) goldd. */
    public static String signingKey(String secret) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves one ApiToken request as its (authenticated) actor. */
    public Response serve(Request r) {
        try {
            return switch (r.action()) {
                case "Create" -> create(r);
                case "Query" -> query(r);
                case "Revoke" -> revoke(r);
                default -> Response.failure(Code.UNSUPPORTED_ACTION.code(),
                        "ApiToken supports Create, Query and Revoke, not " + r.action());
            };
        } catch (GoldException e) {
            return Response.failure(e.code(), e.getMessage());
        } catch (SQLException e) {
            LOG.warning("ApiToken " + r.action() + " by " + r.actor() + " failed: " + e.getMessage());
            return Response.failure(Code.DB_UNAVAILABLE.code(), "The database is unavailable: " + e.getMessage());
        }
    }

    private Response create(Request r) throws SQLException {
        String user = r.actor();
        String name = assigned(r, "Name").orElse("").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw Code.REQUIRED.exception("A token needs a Name (at most 200 characters)");
        }
        long now = clock.getAsLong();
        long expires = assigned(r, "Expires").map(v -> epoch(v, now)).orElse(0L);
        byte[] idBytes = new byte[8];
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        String storedKey = cipher.encrypt(signingKey(secret));
        try (Connection c = db.writer()) {
            db.requireSafeToWrite();
            db.dialect().beginWrite(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO g_api_token (g_id, g_user, g_name, g_key,"
                    + " g_creation_time, g_expiration_time, g_revoked) VALUES (?, ?, ?, ?, ?, ?, 'False')")) {
                ps.setString(1, id);
                ps.setString(2, user);
                ps.setString(3, name);
                ps.setString(4, storedKey);
                ps.setLong(5, now);
                ps.setLong(6, expires);
                ps.executeUpdate();
            }
            if (!db.dialect().commit(c)) {
                throw Code.DB_UNAVAILABLE.exception("The token's commit was not confirmed");
            }
        }
        String token = "gold_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(user.getBytes(StandardCharsets.UTF_8)) + "." + id + "." + secret;
        LOG.info("API token " + id + " created for " + user);
        Row row = new Row.Builder(OBJECT).put("Id", id).put("User", user).put("Name", name)
                .put("CreationTime", Long.toString(now)).put("Expires", Long.toString(expires))
                .put("Token", token).build();
        return Response.success(Code.SUCCESS.code(), "Created API token " + id
                + " (the token is shown only now)", 1, List.of(row));
    }

    private Response query(Request r) throws SQLException {
        Optional<String> owner = condition(r, "User");
        if (owner.isPresent() && !owner.get().equals(r.actor()) && !isAdmin(r.actor())) {
            throw Code.NOT_AUTHORIZED.exception(r.actor() + " may list only their own API tokens");
        }
        boolean all = owner.isEmpty() && "True".equals(r.option("AllUsers")) && isAdmin(r.actor());
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            String sql = "SELECT g_id, g_user, g_name, g_creation_time, g_expiration_time, g_revoked, g_revoked_time"
                    + " FROM g_api_token" + (all ? "" : " WHERE g_user = ?") + " ORDER BY g_creation_time, g_id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (!all) {
                    ps.setString(1, owner.orElse(r.actor()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long revokedTime = rs.getLong(7);
                        rows.add(new Row.Builder(OBJECT).put("Id", rs.getString(1)).put("User", rs.getString(2))
                                .put("Name", rs.getString(3)).put("CreationTime", Long.toString(rs.getLong(4)))
                                .put("Expires", Long.toString(rs.getLong(5))).put("Revoked", rs.getString(6))
                                .put("RevokedTime", revokedTime == 0 ? "" : Long.toString(revokedTime)).build());
                    }
                }
            }
            db.dialect().commit(c);
        }
        return Response.success(Code.SUCCESS.code(), "", rows.size(), rows);
    }

    private Response revoke(Request r) throws SQLException {
        String id = condition(r, "Id").orElseThrow(() -> Code.REQUIRED.exception("Revoke needs the token's Id"));
        try (Connection c = db.writer()) {
            db.requireSafeToWrite();
            db.dialect().beginWrite(c);
            String owner;
            try (PreparedStatement ps = c.prepareStatement("SELECT g_user FROM g_api_token WHERE g_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    owner = rs.next() ? rs.getString(1) : null;
                }
            }
            // A plain user learns nothing about other users' token ids: unknown and foreign read alike.
            if (owner == null || !owner.equals(r.actor()) && !isAdmin(r.actor())) {
                c.rollback();
                throw Code.NOT_AUTHORIZED.exception(r.actor() + " has no API token " + id + " to revoke");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE g_api_token SET g_revoked = 'True',"
                    + " g_revoked_time = ?, g_revoked_by = ? WHERE g_id = ? AND g_revoked <> 'True'")) {
                ps.setLong(1, clock.getAsLong());
                ps.setString(2, r.actor());
                ps.setString(3, id);
                ps.executeUpdate();
            }
            if (!db.dialect().commit(c)) {
                throw Code.DB_UNAVAILABLE.exception("The revocation's commit was not confirmed");
            }
        }
        LOG.info("API token " + id + " revoked by " + r.actor());
        return Response.success(Code.SUCCESS.code(), "Revoked API token " + id, 1, List.of());
    }

    /** The derived key of the live token named {@code USER:ID}; empty when unknown, revoked or expired. */
    public Optional<String> keyOf(String userAndId) {
        int colon = userAndId.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT g_key FROM g_api_token WHERE g_id = ? AND g_user = ?"
                    + " AND g_revoked = 'False' AND (g_expiration_time = 0 OR g_expiration_time > ?)")) {
                ps.setString(1, userAndId.substring(colon + 1));
                ps.setString(2, userAndId.substring(0, colon));
                ps.setLong(3, clock.getAsLong());
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<String> stored = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                    db.dialect().commit(c);
                    return stored.map(cipher::decrypt);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("cannot read API token " + userAndId + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean isAdmin(String user) throws SQLException {
        if (user.equals(superUser)) {
            return true;
        }
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM g_role_user WHERE g_role = 'SystemAdmin'"
                    + " AND g_name = ? AND g_deleted <> 'True'")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean admin = rs.next();
                    db.dialect().commit(c);
                    return admin;
                }
            }
        }
    }

    /** An expiry: epoch seconds, or {@code YYYY-MM-DD} (the end of that day, UTC); it must be in the future. */
    private static long epoch(String value, long now) {
        String v = value.strip();
        long t;
        try {
            t = v.matches("\\d+") ? Long.parseLong(v)
                    : LocalDate.parse(v).plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        } catch (RuntimeException e) {
            throw Code.INVALID_VALUE.exception("Expires must be YYYY-MM-DD or epoch seconds, not " + v);
        }
        if (t <= now) {
            throw Code.INVALID_VALUE.exception("Expires must be in the future (" + v + ")");
        }
        return t;
    }

    private static Optional<String> assigned(Request r, String name) {
        return r.assignments().stream().filter(a -> a.name().equals(name)).map(Assignment::value).findFirst();
    }

    private static Optional<String> condition(Request r, String name) {
        return r.conditions().stream().filter(c -> c.name().equals(name)).map(Condition::value).findFirst();
    }
}
