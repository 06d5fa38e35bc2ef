package gold.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gold.client.Commands;
import gold.client.GoldCommand;
import gold.client.Session;
import gold.client.Settings;
import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Talks to goldd as one logged-in user: the user's own protocol client (signed with the user's Gold
 * password, failover to server.backup as the g* commands) and the g* commands themselves run
 * in-process with that client, so every number the portal shows is the number the command prints.
 * The password lives only inside the client's settings, in memory, for as long as the web session.
 */
public final class GoldCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String user;
    private final GoldClient client;
    private final Settings settings;

    GoldCalls(String user, GoldClient client, Settings settings) {
        this.user = user;
        this.client = client;
        this.settings = settings;
    }

    public String user() {
        return user;
    }

    /** One raw protocol request as this user (the actor is set here). */
    public Response send(Request.Builder request) {
        return client.send(request.actor(user).build());
    }

    /** Runs a g* command with records as JSON ({@code --format json}) and parses them. */
    public Outcome records(String command, List<String> args) {
        List<String> words = new ArrayList<>(args);
        words.add("--format");
        words.add("json");
        Outcome raw = run(command, words, null);
        if (raw.status() != 0) {
            return raw;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        String text = raw.stdout().strip();
        if (!text.isEmpty()) {
            try {
                for (JsonNode node : JSON.readTree(text)) {
                    Map<String, String> row = new LinkedHashMap<>();
                    node.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
                    rows.add(row);
                }
            } catch (IOException e) {
                return new Outcome(99, Code.UNSPECIFIED.code(), "Unreadable output of " + command + ": " + e.getMessage(), List.of(), raw.stdout());
            }
        }
        return new Outcome(0, raw.code(), raw.message(), rows, raw.stdout());
    }

    /**
     * Runs a g* command in-process as this user; {@code requestKey} (may be null) becomes the Gold
     * request key of its first request. The outcome's code and message are those of the reply the
     * command ended on: goldd's own, or the local transport failure.
     */
    public Outcome run(String command, List<String> words, String requestKey) {
        GoldCommand cmd = Commands.create(command)
                .orElseThrow(() -> new IllegalArgumentException("no such command " + command));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Response> last = new AtomicReference<>();
        AtomicReference<Response> failure = new AtomicReference<>();
        Session session = Session.builder()
                .settings(settings)
                .transport(request -> {
                    Response r = client.send(request);
                    last.set(r);
                    if (r.isFailure()) {
                        failure.set(r);
                    }
                    return r;
                })
                .actor(user)
                .program(command)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .in(new ByteArrayInputStream(new byte[0]))
                .requestKey(Optional.ofNullable(requestKey).filter(k -> !k.isEmpty()))
                .build();
        int status = cmd.execute(words, session);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8).strip();
        Response ended = status != 0 && failure.get() != null ? failure.get() : last.get();
        if (ended == null) {
            // refused before any request (bad input): the command's own words without its usage text, 317
            int usage = stderr.indexOf("\nUsage:");
            String words2 = usage < 0 ? stderr : stderr.substring(0, usage).strip();
            return new Outcome(status, status == 0 ? Code.SUCCESS.code() : Code.INVALID_VALUE.code(), words2, List.of(), stdout);
        }
        String message = ended.message().strip();
        if (message.isEmpty()) {
            message = stderr.isEmpty() ? stdout.strip() : stderr;
        }
        return new Outcome(status, ended.code(), message, List.of(), stdout);
    }

    /** What a command ended with: exit status, Gold code and message, parsed records, raw stdout. */
    public record Outcome(int status, String code, String message, List<Map<String, String>> rows, String stdout) {
        public boolean ok() {
            return status == 0;
        }
    }
}
