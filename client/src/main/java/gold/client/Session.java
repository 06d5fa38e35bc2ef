package gold.client;

import gold.protocol.client.ClientKeys;
import gold.protocol.config.SharedKeys;
import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Everything one client invocation shares: configuration, actor, the transport (created on first
 * use, so --help and --version never touch the key or the network), the standard streams, the
 * clock, and the request keys. {@link #send} completes every request the same way: actor, a request
 * key, time values converted to the wire and the chunking attributes of gold.conf.
 */
public final class Session {
    private static final DateTimeFormatter DEBUG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Settings settings;
    private final Supplier<Transport> transportFactory;
    private final String actor;
    private final String program;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final TimeValues times;
    private Transport transport;
    private String baseKey = "";
    private int sent;
    private boolean debug;
    private boolean verbose;
    private String lastNamed = "";
    private final AnsweringServer answers;
    private final Consumer<Boolean> failFastSwitch;
    /** When the current request's wait for a database primary was last reported (0: not waiting). */
    private long waitNoticeNanos;
    private long waitStartNanos;

    private Session(Builder b) {
        this.settings = b.settings;
        this.transportFactory = b.transport;
        this.actor = b.actor;
        this.program = b.program;
        this.out = b.out;
        this.err = b.err;
        this.in = b.in;
        this.times = b.times;
        this.baseKey = b.requestKey;
        this.answers = b.answers;
        this.failFastSwitch = b.failFastSwitch;
        answers.watchWaits(this::waitingForDatabase);
    }

    /** A session like this one that prints to another stream (mybalance runs gbalance in-process). */
    public Session withOut(PrintStream newOut) {
        Builder b = new Builder();
        b.settings = settings;
        b.transport = () -> transport != null ? transport : transportFactory.get();
        b.actor = actor;
        b.program = program;
        b.out = newOut;
        b.err = err;
        b.in = in;
        b.times = times;
        b.requestKey = baseKey;
        b.answers = answers;
        b.failFastSwitch = failFastSwitch;
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Settings settings() { return settings; }
    public String actor() { return actor; }
    /** The program name as invoked, for {@code Aborting <argv0>: ...} messages. */
    public String program() { return program; }
    public PrintStream out() { return out; }
    public PrintStream err() { return err; }
    public InputStream in() { return in; }
    public TimeValues times() { return times; }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    /** With --verbose a reply from a backup server is named on stderr (a reply from the primary is not). */
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    /**
     * With --fail-fast a request that every server refuses with 730 (database unavailable) fails at
     * once instead of being retried while the database changes primary ({@code client.failover.wait = 0}).
     */
    public void setFailFast(boolean failFast) {
        failFastSwitch.accept(failFast);
    }

    /** Uses this key (from --request-key) for the first request and derived keys for later ones. */
    public void setRequestKey(String key) {
        this.baseKey = key;
    }

    /** The key the next request will carry. */
    String nextKey() {
        if (baseKey.isEmpty()) {
            return UUID.randomUUID().toString();
        }
        return sent == 0 ? baseKey : baseKey + "-" + (sent + 1);
    }

    /** Completes, sends and returns the first reply chunk; transport trouble comes back as a Failure. */
    public Response send(Request.Builder builder) {
        String key = nextKey();
        builder.actor(actor).requestKey(key);
        // GoldClient adds these too; setting them here keeps every transport (goldsh's, tests') the same.
        if (settings.get(ClientKeys.RESPONSE_CHUNKING)) {
            builder.chunking(true);
        }
        int chunkSize = settings.get(SharedKeys.RESPONSE_CHUNKSIZE);
        if (chunkSize > 0) {
            builder.chunkSize(chunkSize);
        }
        Request request = times.toWire(builder.build());
        sent++;
        debug("Built request: " + request);
        if (transport == null) {
            transport = transportFactory.get();
        }
        answers.clear();
        waitNoticeNanos = 0;
        Response response = transport.send(request);
        if (waitNoticeNanos != 0 && verbose && !Code.isDatabaseUnreached(response.code())) {
            err.printf("Database available again after %.1f s%n", (System.nanoTime() - waitStartNanos) / 1e9);
        }
        String answeredBy = answers.describe();
        // reports and merged lists send several requests: name each backup once, not once per request
        if (!answeredBy.isEmpty() && verbose && !debug && answers.fromBackup() && !answeredBy.equals(lastNamed)) {
            err.println(answeredBy);
            lastNamed = answeredBy;
        }
        debug(answeredBy.isEmpty() ? "No server answered" : answeredBy);
        debug("Received response: (" + response.status() + ", " + response.code() + ", " + response.message()
                + ", " + response.data().size() + " rows)");
        if (response.code().equals(Code.OUTCOME_UNKNOWN.code())) {
            err.println("Request key: " + key + " (re-run with --request-key " + key
                    + " to settle the outcome without acting twice)");
        }
        return response;
    }

    /** Every server refused with 730: says so with --verbose (then every 5 s at most) and --debug. */
    private void waitingForDatabase(String key, Response refusal, Duration waited, Duration left) {
        String line = "Database unavailable on every server (" + refusal.code() + " " + refusal.message()
                + "); waiting for it, retrying request key " + key + " (" + left.toSeconds() + " s left, --fail-fast"
                + " not to wait)";
        debug(line);
        long now = System.nanoTime();
        if (waitNoticeNanos == 0) {
            waitStartNanos = now - waited.toNanos();
        }
        if (verbose && !debug && (waitNoticeNanos == 0 || now - waitNoticeNanos >= 5_000_000_000L)) {
            err.println(line);
        }
        waitNoticeNanos = now;
    }

    private void debug(String line) {
        if (debug) {
            err.println(LocalDateTime.now().format(DEBUG_TIME) + " DEBUG " + line);
        }
    }

    /** Assembles a session. */
    public static final class Builder {
        private Settings settings = Settings.of(Map.of());
        private Supplier<Transport> transport = () -> {
            throw new IllegalStateException("no transport configured");
        };
        private String actor = "";
        private String program = "gold";
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private InputStream in = System.in;
        private TimeValues times = TimeValues.system();
        private String requestKey = "";
        private AnsweringServer answers = new AnsweringServer();
        private Consumer<Boolean> failFastSwitch = failFast -> { };

        public Builder settings(Settings s) { settings = s; return this; }
        Builder answers(AnsweringServer a) { answers = a; return this; }
        /** How {@link Session#setFailFast} reaches the transport (created later, on the first request). */
        Builder failFastSwitch(Consumer<Boolean> s) { failFastSwitch = s; return this; }
        public Builder transport(Supplier<Transport> t) { transport = t; return this; }
        public Builder transport(Transport t) { transport = () -> t; return this; }
        public Builder actor(String a) { actor = a; return this; }
        public Builder program(String p) { program = p; return this; }
        public Builder out(PrintStream o) { out = o; return this; }
        public Builder err(PrintStream e) { err = e; return this; }
        public Builder in(InputStream i) { in = i; return this; }
        public Builder times(TimeValues t) { times = t; return this; }
        /** A request key from the environment ($GOLD_REQUEST_KEY); --request-key overrides it. */
        public Builder requestKey(Optional<String> k) { requestKey = k.orElse(""); return this; }
        public Session build() { return new Session(this); }
    }
}
