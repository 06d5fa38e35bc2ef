package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.config.ServerKeys;
import gold.server.meta.DataType;
import gold.server.sql.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Exactly-once modifying requests (docs/differences.md, request keys): the key row is written first in the
 * request's transaction and the reply stored last, so a repeated key finds either nothing (the first
 * attempt rolled back) or the committed reply, which it returns instead of acting again. The same key
 * with a different request body is refused with 740.
 */
final class RequestKeys {
    private static final Logger LOG = Logger.getLogger(RequestKeys.class.getName());
    private RequestKeys() {
    }

    /** The stored reply for a repeated key, or empty after claiming the key for this execution. */
    static Optional<Response> claim(RequestContext ctx, Request request) throws SQLException {
        String key = request.requestKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // no lock: a concurrent first use of the key makes the INSERT below wait on the unique index
        // and fail (a unique violation, retried), and the retry then finds the stored reply
        String digest = digest(request);
        Sql find = new Sql("SELECT g_digest, g_reply FROM g_request_key WHERE g_key = ").param(key, DataType.String);
        try (PreparedStatement ps = find.prepare(ctx.connection()); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                if (!digest.equals(rs.getString(1))) {
                    throw Code.FAILED.exception("The request key " + key + " was already used for a different request");
                }
                String reply = rs.getString(2);
                if (reply != null) {
                    return Optional.of(ReplyCodec.decode(reply));
                }
            }
        }
        new Sql("INSERT INTO g_request_key (g_key, g_digest, g_creation_time) VALUES (").param(key, DataType.String)
                .add(", ").param(digest, DataType.String).add(", ").param(ctx.now()).add(")").update(ctx.connection());
        return Optional.empty();
    }

    static void store(RequestContext ctx, Request request, Response reply) throws SQLException {
        if (request.requestKey().isEmpty()) {
            return;
        }
        new Sql("UPDATE g_request_key SET g_reply = ").param(ReplyCodec.encode(reply), DataType.String)
                .add(" WHERE g_key = ").param(request.requestKey(), DataType.String).update(ctx.connection());
    }

    /** The shortest retention accepted: {@link RequestFrame#KEY_EXPIRY_INTERVAL_SECONDS}, far above any client deadline. */
    static final long MIN_RETENTION = RequestFrame.KEY_EXPIRY_INTERVAL_SECONDS;

    /**
     * {@code request.key.retention} of goldd.conf in seconds ({@link ServerKeys#REQUEST_KEY_RETENTION}). A bad
     * value gives the default and a too short one is raised to the minimum, each with a warning: forgetting a
     * key while its client may still retry would let the retry act twice.
     */
    static long retention(GoldConfig conf) {
        long seconds = conf.get(ServerKeys.REQUEST_KEY_RETENTION).toSeconds();
        if (seconds < MIN_RETENTION) {
            LOG.warning("goldd.conf request.key.retention " + seconds + " is below " + MIN_RETENTION + " s, using "
                    + MIN_RETENTION);
            return MIN_RETENTION;
        }
        return seconds;
    }

    /** Forgets keys older than the retention. */
    static int expire(RequestContext ctx, long retentionSeconds) throws SQLException {
        return new Sql("DELETE FROM g_request_key WHERE g_creation_time < ").param(ctx.now() - retentionSeconds)
                .update(ctx.connection());
    }

    static String digest(Request request) {
        String body = request.objects() + "|" + request.action() + "|" + request.actor() + "|" + request.selections()
                + "|" + request.assignments() + "|" + request.conditions() + "|" + request.options() + "|"
                + request.data();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
