package gold.web;

import gold.protocol.Code;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.TreeMap;

/**
 * The JSON API under /api/v1: the same authorization as the pages (the session cookie; writes
 * by cookie also carry the session's CSRF token in {@code X-CSRF-Token}) or a per-user API token
 * ({@code Authorization: Bearer}, {@link BearerTokens}). Reads answer the records
 * of the matching g* command; writes run the command with the {@code Idempotency-Key} header as the
 * Gold request key, so a retried write acts once. Errors are {@code {"error":{"code","message"}}}
 * with goldd's code.
 */
final class Api {
    private static final Logger LOG = Logger.getLogger(Api.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    static final String PREFIX = "/api/v1/";

    /** A read endpoint: the command and the query parameters it takes (parameter to option). */
    private record Read(String command, Map<String, String> params, List<String> fixed) {
    }

    private static final Map<String, Read> READS = Map.of(
            "statement", new Read("gstatement", Map.of("account", "-a", "project", "-p", "user", "-u", "start", "-s", "end", "-e"), List.of()),
            "usage", new Read("gusage", Map.of("project", "-p", "start", "-s", "end", "-e"), List.of()),
            "jobs", new Read("glsjob", Map.of("job", "-J", "user", "-u", "project", "-p", "machine", "-m", "start", "-s", "end", "-e"), List.of()),
            "accounts", new Read("glsaccount", Map.of("project", "-p", "user", "-u", "machine", "-m"), List.of()),
            "allocations", new Read("glsalloc", Map.of("account", "-a", "project", "-p"), List.of()),
            "transactions", new Read("glstxn", Map.of("account", "-a", "user", "-u", "project", "-p", "object", "-O",
                    "action", "-A", "start", "-s", "end", "-e"), List.of()));

    private final Sessions sessions;
    private final BearerTokens bearer;
    private final String openApi;

    Api(Sessions sessions, BearerTokens bearer) {
        this.sessions = sessions;
        this.bearer = bearer;
        Map<String, Map<String, String>> reads = new TreeMap<>();
        READS.forEach((name, r) -> reads.put(name, r.params()));
        this.openApi = OpenApi.document(reads, Actions.ALL);
    }

    void handle(WebExchange x) throws IOException {
        String name = x.path().substring(PREFIX.length());
        if (name.equals("openapi.json")) {
            x.json(200, openApi);
            return;
        }
        boolean byToken = BearerTokens.offered(x);
        WebSession s;
        if (byToken) {
            BearerTokens.Check c = bearer.check(x);
            if (c.session() == null) {
                error(x, c.status(), c.code(), c.message());
                return;
            }
            s = c.session();
        } else {
            Optional<WebSession> session = sessions.find(x.cookie(WebExchange.SESSION_COOKIE));
            if (session.isEmpty()) {
                error(x, 401, Code.AUTH_FAILED.code(), "Not logged in: log in at /login first, or send Authorization: Bearer TOKEN");
                return;
            }
            s = session.get();
        }
        boolean write = Actions.named(name).isPresent();
        if (write) {
            if (!x.method().equals("POST")) {
                error(x, 405, Code.NO_ACTION.code(), "Use POST for " + name);
                return;
            }
            // a bearer token is not sent by browsers on their own, so it needs no CSRF token
            if (!byToken && !Portal.constantTimeEquals(x.header("X-CSRF-Token"), s.csrf())) {
                LOG.warning("refused POST " + x.path() + " from " + x.address() + " user=" + s.user() + ": CSRF token missing or wrong");
                error(x, 403, Code.CSRF_REFUSED.code(), "X-CSRF-Token header missing or wrong");
                return;
            }
            write(x, s, Actions.named(name).get());
            return;
        }
        if (!x.method().equals("GET")) {
            error(x, 405, Code.NO_ACTION.code(), "Use GET for " + name);
            return;
        }
        if (name.equals("balance")) {
            read(x, s, "gbalance", List.of("-u", s.user()), "accounts");
            return;
        }
        Read r = READS.get(name);
        if (r == null) {
            error(x, 404, Code.UNSUPPORTED_ACTION.code(), "No such endpoint: " + x.path());
            return;
        }
        List<String> words = new ArrayList<>(r.fixed());
        for (Map.Entry<String, String> p : r.params().entrySet()) {
            String v = x.param(p.getKey()).strip();
            if (!v.isEmpty()) {
                words.add(p.getValue());
                words.add(v);
            }
        }
        read(x, s, r.command(), words, name);
    }

    private void read(WebExchange x, WebSession s, String command, List<String> words, String member) throws IOException {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of("--format", "json"));
        GoldCalls.Outcome out = s.calls().run(command, all, null);
        if (!out.ok()) {
            error(x, status(out.code()), out.code(), out.message());
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("user", s.user());
        String text = out.stdout().strip();
        body.set(member, text.isEmpty() ? JSON.createArrayNode() : JSON.readTree(text));
        x.json(200, JSON.writeValueAsString(body));
    }

    private void write(WebExchange x, WebSession s, Actions.Action action) throws IOException {
        String key = x.header("Idempotency-Key").strip();
        if (!KEY.matcher(key).matches()) {
            error(x, 400, Code.REQUIRED.code(), "An Idempotency-Key header (1 to 128 of A-Z a-z 0-9 . _ : -) is required");
            return;
        }
        JsonNode body;
        try {
            String text = x.body();
            body = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            error(x, 400, Code.INVALID_VALUE.code(), "The body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!body.isObject()) {
            error(x, 400, Code.INVALID_VALUE.code(), "The body must be a JSON object");
            return;
        }
        Map<String, String> values = new HashMap<>();
        List<String> known = action.fields().stream().map(Actions.Field::key).toList();
        var names = body.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                error(x, 400, Code.UNKNOWN_ATTRIBUTE.code(), "Unknown member \"" + n + "\" for " + action.name() + " (known: " + String.join(", ", known) + ")");
                return;
            }
            JsonNode v = body.get(n);
            if (!v.isValueNode()) {
                error(x, 400, Code.INVALID_VALUE.code(), "Member \"" + n + "\" must be a string or a number");
                return;
            }
            values.put(n, v.asText());
        }
        GoldCalls.Outcome out = s.calls().run(action.command(), action.words(values), key);
        LOG.info("api " + action.name() + " by " + s.user() + " from " + x.address() + ": " + out.code());
        if (!out.ok()) {
            error(x, status(out.code()), out.code(), out.message());
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("code", out.code());
        answer.put("message", out.message());
        answer.put("requestKey", key);
        x.json(200, JSON.writeValueAsString(answer));
    }

    /** The HTTP status for a Gold failure code. */
    static int status(String code) {
        if (code.equals(Code.NOT_AUTHORIZED.code())) {
            return 403;
        }
        if (code.equals(Code.AUTH_FAILED.code())) {
            return 401;
        }
        if (Code.isUnavailable(code)) {
            return 503;
        }
        return code.startsWith("9") ? 500 : 400;
    }

    static void error(WebExchange x, int status, String code, String message) {
        ObjectNode e = JSON.createObjectNode();
        ObjectNode inner = e.putObject("error");
        inner.put("code", code);
        inner.put("message", message);
        try {
            x.json(status, JSON.writeValueAsString(e));
        } catch (IOException io) {
            x.json(500, "{\"error\":{\"code\":\"999\",\"message\":\"cannot write the error\"}}");
        }
    }

}
