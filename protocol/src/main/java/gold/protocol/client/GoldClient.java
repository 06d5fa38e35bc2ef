package gold.protocol.client;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Random;

/**
 * Sends requests to a Gold server and returns its responses; transport problems never throw but come
 * back as local Failure responses (docs/protocol.md, Client behaviour). Failover: a connect failure (222) or
 * a 730 reply sends the request, sealed afresh, to the next server of {@code server.backup} (one or
 * more {@code host[:port]}; with a single backup this is exactly the classic single failover).
 * Extension (docs/differences.md): when the outcome is unknown (250) and the request carries a request key,
 * it goes on to the next server only if the server tried is known to honour keys (it answered with
 * the {@code server} attribute before, or gold.conf declares {@code server.keys.honoured}); a later
 * 222 or 730 then still reports 250, since the first attempt may have acted. Once a backup settled a
 * request, later requests of the same client start at that backup (then go round the others, the
 * primary included), so a command of several requests waits for a dead or frozen primary once, not
 * once per request. Riding through a failover (extension): when every server refused with 730 (the
 * database is changing primary), the same request, with the same request key, is sent round again
 * after a back-off pause, until {@link ClientSettings#failoverWait()} has passed since the first
 * attempt; then the last refusal is the answer. The listener is told of each wait. Thread-safe.
 */
public final class GoldClient {
    private final ClientSettings settings;
    private final RequestSealer sealer;
    private final Transport transport;
    private final Set<String> honoursKeys = ConcurrentHashMap.newKeySet();
    private final AnswerListener listener;
    /** Index (0 = primary) of the server that last settled a request: a run's later requests start there. */
    private final AtomicInteger lastAnswered = new AtomicInteger();
    /** Jitter of the failover back-off, so clients refused together do not come back together. */
    private final Random random = new Random();

    /** Told which server gave the reply a request ends with ({@code --verbose} shows failovers). */
    @FunctionalInterface
    public interface AnswerListener {
        /** {@code server} replied; {@code backup} when it is not the primary (server.host). */
        void answered(ServerAddress server, boolean backup, Response firstChunk);

        /**
         * Every server refused {@code request} with 730 ({@code refusal} is the last refusal): it is
         * sent again with the same request key after a pause; {@code left} of the failover wait remains.
         */
        default void waiting(Request request, Response refusal, Duration waited, Duration left) {
        }
    }

    public GoldClient(ClientSettings settings) {
        this(settings, (server, backup, first) -> { });
    }

    public GoldClient(ClientSettings settings, AnswerListener listener) {
        this.settings = Objects.requireNonNull(settings).copy();
        this.sealer = new RequestSealer(this.settings, new SecureRandom());
        this.transport = new Transport(this.settings);
        this.listener = Objects.requireNonNull(listener);
    }

    public ClientSettings settings() {
        return settings.copy();
    }

    /** Sends and returns the first reply chunk, as the g* commands do. */
    public Response send(Request request) {
        return exchange(request, false).get(0);
    }

    /** Sends and returns every reply chunk in order (goldsh); the last one ends the reply. */
    public List<Response> sendAll(Request request) {
        return exchange(request, true);
    }

    private List<Response> exchange(Request request, boolean allChunks) {
        long start = System.nanoTime();
        long waitNanos = settings.failoverWait().toNanos();
        Exchange unknown = null;
        for (int retry = 0; ; retry++) {
            Pass pass = pass(request, allChunks, unknown);
            unknown = pass.unknown();
            long waited = System.nanoTime() - start;
            if (!pass.everyServerUnavailable() || waited >= waitNanos) {
                return finish(pass);
            }
            // the database is changing primary: a 730 acted on nothing, so the same request (same key) is sent again
            long pause = Math.min(FailoverBackoff.pauseNanos(retry, random.nextDouble()), waitNanos - waited);
            listener.waiting(request, pass.refusal(), Duration.ofNanos(waited), Duration.ofNanos(waitNanos - waited));
            try {
                Thread.sleep(Duration.ofNanos(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return finish(pass);
            }
        }
    }

    /**
     * One round of the servers. {@code everyServerUnavailable}: every server was tried and each refused
     * with 730, could not be reached (222), or (with a key it honours) left the outcome unknown, and at
     * least one refused with 730 (so a goldd is up and waits for its database).
     */
    private record Pass(Exchange result, int answering, ServerAddress server, Exchange unknown, Response refusal,
                        boolean everyServerUnavailable) {
    }

    private Pass pass(Request request, boolean allChunks, Exchange unknownBefore) {
        List<ServerAddress> servers = new ArrayList<>();
        servers.add(settings.primary());
        servers.addAll(settings.backups());
        // the chain starts at the server that answered this client last, then goes round the others in order
        int first = Math.min(lastAnswered.get(), servers.size() - 1);
        Exchange unknown = unknownBefore;
        Exchange result = null;
        int answering = -1;
        Response refusal = null;
        boolean goOn = true;
        for (int i = 0; i < servers.size() && goOn; i++) {
            answering = (first + i) % servers.size();
            result = attempt(servers.get(answering), request, allChunks);
            if (result instanceof Exchange.Unknown) {
                unknown = result;
            }
            if (result instanceof Exchange.Replied r && isDatabaseUnavailable(r.chunks().get(0))) {
                refusal = r.chunks().get(0);
            }
            goOn = failOver(result, servers.get(answering), request);
        }
        // goOn still true: every server was tried and none gave an answer that ends the request
        return new Pass(result, answering, servers.get(answering), unknown, refusal, goOn && refusal != null);
    }

    private List<Response> finish(Pass pass) {
        Exchange result = pass.result();
        Exchange unknown = pass.unknown();
        // after an attempt whose outcome is unknown, only a reply from a server that looked the key up settles it
        boolean settled = result instanceof Exchange.Replied r && !isDatabaseUnavailable(r.chunks().get(0));
        if (settled) {
            lastAnswered.set(pass.answering());
        }
        if (result instanceof Exchange.Replied r && (unknown == null || settled)) {
            listener.answered(pass.server(), pass.answering() > 0, r.chunks().get(0));
        }
        return unknown != null && !settled ? unknown.responses() : result.responses();
    }

    /**
     * Whether to try the next server after this attempt: always when nothing was sent (222) or the
     * server answered that its database is unavailable (730); after a sent request with no reply only
     * when the request carries a key and the server is known to honour keys.
     */
    private boolean failOver(Exchange result, ServerAddress server, Request request) {
        return switch (result) {
            case Exchange.NotSent n -> n.failure().code().equals(Code.CONNECT_FAILED.code());
            case Exchange.Replied r -> isDatabaseUnavailable(r.chunks().get(0));
            case Exchange.Unknown u -> !request.requestKey().isEmpty()
                    && (settings.keysHonoured() || honoursKeys.contains(server.toString()));
        };
    }

    private static boolean isDatabaseUnavailable(Response r) {
        try {
            return Integer.parseInt(r.code().strip()) == 730;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One attempt, sealed afresh (new signature and randomness) for every server tried. */
    private Exchange attempt(ServerAddress server, Request request, boolean allChunks) {
        SealedRequest sealed;
        try {
            sealed = sealer.seal(request);
        } catch (GoldException e) {
            return new Exchange.NotSent(Response.failure(e.code(), "Failed sending message: (" + e.getMessage() + ")."));
        }
        Exchange result = transport.exchange(server, sealed, allChunks);
        if (result instanceof Exchange.Replied r && !r.chunks().get(0).server().isEmpty()) {
            honoursKeys.add(server.toString());
        }
        return result;
    }
}
