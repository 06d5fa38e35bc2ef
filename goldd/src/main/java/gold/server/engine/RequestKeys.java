package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
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

/**
 * Exactly-once modifying requests (decisions.md, request keys): the key row is written first in the
 * request's transaction and the reply stored last, so a repeated key finds either nothing (the first
 * attempt rolled back) or the committed reply, which it returns instead of acting again. The same key
 * with a different request body is refused with 740.
 */
final class RequestKeys {
    private RequestKeys() {
    }

    /** The stored reply for a repeated key, or empty after claiming the key for this execution. */
    static Optional<Response> claim(RequestContext ctx, Request request) throws SQLException {
        String key = request.requestKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ctx.dialect().lockKey(ctx.connection(), "request-key " + key);
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

    /** Forgets keys older than the retention (default 7 days). */
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
