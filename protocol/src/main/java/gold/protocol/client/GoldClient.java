package gold.protocol.client;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends requests to a Gold server and returns its responses; transport problems never throw but come
 * back as local Failure responses (protocol.md 8.2). Failover follows 8.3 exactly: a connect failure
 * (222) or a 730 reply from the primary sends the request, sealed afresh, once to {@code server.backup}.
 * Extension (decisions.md): when the outcome is unknown (250) and the request carries a request key,
 * it is retried on the backup only if the primary is known to honour keys (it answered with the
 * {@code server} attribute before). Thread-safe; one instance may serve many requests.
 */
public final class GoldClient {
    private final ClientSettings settings;
    private final RequestSealer sealer;
    private final Transport transport;
    private final Set<String> honoursKeys = ConcurrentHashMap.newKeySet();

    public GoldClient(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings).copy();
        this.sealer = new RequestSealer(this.settings, new SecureRandom());
        this.transport = new Transport(this.settings);
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
        Exchange first = attempt(settings.host(), request, allChunks);
        if (!settings.hasBackup()) {
            return first.responses();
        }
        boolean failOver = switch (first) {
            case Exchange.NotSent n -> n.failure().code().equals(Code.CONNECT_FAILED.code());
            case Exchange.Replied r -> isDatabaseUnavailable(r.chunks().get(0));
            case Exchange.Unknown u -> !request.requestKey().isEmpty() && honoursKeys.contains(settings.host());
        };
        return failOver ? attempt(settings.backup(), request, allChunks).responses() : first.responses();
    }

    private static boolean isDatabaseUnavailable(Response r) {
        try {
            return Integer.parseInt(r.code().strip()) == 730;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One attempt, sealed afresh (new signature and randomness) for every server tried. */
    private Exchange attempt(String host, Request request, boolean allChunks) {
        SealedRequest sealed;
        try {
            sealed = sealer.seal(request);
        } catch (GoldException e) {
            return new Exchange.NotSent(Response.failure(e.code(), "Failed sending message: (" + e.getMessage() + ")."));
        }
        Exchange result = transport.exchange(host, sealed, allChunks);
        if (result instanceof Exchange.Replied r && !r.chunks().get(0).server().isEmpty()) {
            honoursKeys.add(host);
        }
        return result;
    }
}
