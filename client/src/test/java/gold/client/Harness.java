package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.Response;
import gold.protocol.client.ServerAddress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;

/** Runs one command against a fake transport with a fixed clock (UTC) and captured streams. */
public final class Harness {
    /** 2026-11-22 03:52:17 UTC, the reference run's day. */
    public static final Instant NOW = Instant.parse("2026-11-22T03:52:17Z");

    public final FakeTransport transport = new FakeTransport();
    /** What the protocol client would report about the answering server (see {@link #answeredBy}). */
    public final AnsweringServer answers = new AnsweringServer();
    public final Map<String, String> config = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String stdin = "";
    private String requestKey = "";
    private Optional<ServerAddress> answeredBy = Optional.empty();
    private boolean backup;
    public int status = -1;
    /** What the command asked of the transport through --fail-fast (null: never asked). */
    public Boolean failFast;
    /** How many waits for a failover the protocol client reports before each reply (see GoldClient). */
    public int waitsBeforeReply;

    public Harness config(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Every reply comes from this server, a backup when {@code fromBackup} (as GoldClient reports it). */
    public Harness answeredBy(ServerAddress server, boolean fromBackup) {
        answeredBy = Optional.of(server);
        backup = fromBackup;
        return this;
    }

    /** Simulates $GOLD_REQUEST_KEY. */
    public Harness requestKey(String key) {
        requestKey = key;
        return this;
    }

    public Harness stdin(String text) {
        stdin = text;
        return this;
    }

    public Session session() {
        return Session.builder()
                .settings(Settings.of(config))
                .transport(request -> {
                    for (int i = 0; i < waitsBeforeReply; i++) {
                        answers.waiting(request, Response.failure("730", "The database is unavailable"),
                                Duration.ofSeconds(i), Duration.ofSeconds(60 - i));
                    }
                    Response reply = transport.send(request);
                    answeredBy.ifPresent(a -> answers.record(a, backup, reply));
                    return reply;
                })
                .answers(answers)
                .failFastSwitch(b -> failFast = b)
                .actor("amy")
                .program("/usr/local/gold/bin/gtest")
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .in(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .times(new TimeValues(Clock.fixed(NOW, ZoneId.of("UTC"))))
                .requestKey(Optional.of(requestKey).filter(k -> !k.isEmpty()))
                .build();
    }

    public Harness run(GoldCommand command, String... words) {
        status = command.execute(List.of(words), session());
        return this;
    }

    public Harness run(String command, String... words) {
        return run(Commands.create(command).orElseThrow(), words);
    }

    /**
     * Replies a failure to the first request, runs the command line, and checks that the message
     * is printed on stdout (even with --quiet) and the exit status is the code / 10.
     */
    public static void assertPrintsFailure(String code, String message, String command, String... words) {
        Harness h = new Harness();
        h.transport.failure(code, message);
        h.run(command, words);
        assertEquals(message + "\n", h.out());
        assertEquals(Integer.parseInt(code) / 10, h.status);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
