package gold.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The OpenAPI 3.0 document of /api/v1, built from the same tables the API serves from (the read
 * endpoints' parameters and the actions' fields), so it cannot drift from what the server does.
 */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    static String document(Map<String, Map<String, String>> reads, List<Actions.Action> writes) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Gold JSON API");
        info.put("version", "1");
        info.put("description", "Balances, statements, usage, listings and the money actions of Gold, authorized by goldd "
                + "as the logged-in user (session cookie from /login; writes by cookie carry X-CSRF-Token) or as the owner of "
                + "an API token created on /tokens (Authorization: Bearer TOKEN; no cookie or CSRF token needed). Every "
                + "write takes an Idempotency-Key header that becomes the Gold request key: a retry with the same "
                + "key acts once and answers the first outcome. Errors are {\"error\":{\"code\",\"message\"}} with the Gold "
                + "code (444 not authorized, 424 not logged in or token unknown, revoked or expired, 31x bad input, 7xx refused by goldd, 2xx/730 goldd unavailable).");
        doc.putArray("servers").addObject().put("url", "/api/v1");
        ObjectNode comps = doc.putObject("components");
        ObjectNode schemas = comps.putObject("schemas");
        ObjectNode err = schemas.putObject("Error");
        err.put("type", "object");
        ObjectNode inner = err.putObject("properties").putObject("error");
        inner.put("type", "object");
        ObjectNode ep = inner.putObject("properties");
        ep.putObject("code").put("type", "string").put("description", "Gold status code, three digits");
        ep.putObject("message").put("type", "string");
        ObjectNode ok = schemas.putObject("Done");
        ok.put("type", "object");
        ObjectNode op = ok.putObject("properties");
        op.putObject("code").put("type", "string");
        op.putObject("message").put("type", "string");
        op.putObject("requestKey").put("type", "string");
        ObjectNode schemes = comps.putObject("securitySchemes");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", WebExchange.SESSION_COOKIE);
        schemes.putObject("token").put("type", "http").put("scheme", "bearer").put("bearerFormat", "gold_USER.ID.SECRET")
                .put("description", "a per-user API token created and revoked on /tokens");
        var security = doc.putArray("security");
        security.addObject().putArray("session");
        security.addObject().putArray("token");
        ObjectNode paths = doc.putObject("paths");
        Map<String, Map<String, String>> all = new TreeMap<>(reads);
        all.put("balance", Map.of());
        all.forEach((name, params) -> {
            ObjectNode get = paths.putObject("/" + name).putObject("get");
            get.put("summary", name.equals("balance") ? "The logged-in user's accounts with their balances (gbalance)"
                    : "Records of " + name);
            ArrayNode ps = get.putArray("parameters");
            new TreeMap<>(params).keySet().forEach(p -> {
                ObjectNode q = ps.addObject();
                q.put("name", p).put("in", "query").put("required", false);
                q.putObject("schema").put("type", "string");
            });
            ObjectNode responses = get.putObject("responses");
            ObjectNode r200 = responses.putObject("200"); // HTTP status, not a Gold code
            r200.put("description", "{\"user\": name, \"" + (name.equals("balance") ? "accounts" : name) + "\": [records]}");
            r200.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            errors(responses);
        });
        for (Actions.Action a : writes) {
            ObjectNode post = paths.putObject("/" + a.name()).putObject("post");
            post.put("summary", a.goldAction() + " (" + a.command() + ")");
            ArrayNode ps = post.putArray("parameters");
            ObjectNode key = ps.addObject();
            key.put("name", "Idempotency-Key").put("in", "header").put("required", true);
            key.putObject("schema").put("type", "string").put("pattern", "^[A-Za-z0-9._:-]{1,128}$");
            ObjectNode csrf = ps.addObject();
            csrf.put("name", "X-CSRF-Token").put("in", "header").put("required", false)
                    .put("description", "the session's CSRF token (needed with the session cookie)");
            csrf.putObject("schema").put("type", "string");
            ObjectNode body = post.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json").putObject("schema");
            body.put("type", "object").put("additionalProperties", false);
            ObjectNode props = body.putObject("properties");
            for (Actions.Field f : a.fields()) {
                props.putObject(f.key()).put("description", f.label()).putArray("oneOf")
                        .add(JSON.createObjectNode().put("type", "string")).add(JSON.createObjectNode().put("type", "number"));
            }
            ObjectNode responses = post.putObject("responses");
            ObjectNode r200 = responses.putObject("200"); // HTTP status, not a Gold code
            r200.put("description", "done; goldd's code and message");
            r200.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Done");
            errors(responses);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void errors(ObjectNode responses) {
        // not Gold codes: next 7 lines (HTTP statuses)
        for (String status : List.of("400", "401", "403", "429", "503")) {
            ObjectNode r = responses.putObject(status);
            r.put("description", switch (status) {
                case "400" -> "bad input or refused by goldd (31x, 7xx)";
                case "401" -> "not logged in, or the API token is unknown, revoked or expired (424)";
                case "403" -> "not authorized (444) or CSRF token missing";
                case "429" -> "too many refused API tokens from this token id or address: back off (424)";
                default -> "goldd unavailable (2xx, 730)";
            });
            r.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
        }
    }
}
