package gold.shell;

import gold.client.Session;
import gold.client.Transport;
import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;

/**
 * A {@link RequestChannel} over the clients' {@link Session}, so that goldsh completes its requests
 * exactly as the g* commands do (actor, request key, chunking, time values, debug log, the request
 * key printed for an unknown outcome). The session hands the finished request to the transport this
 * object makes ({@link #over}); that transport sends it through the chunk transport and keeps every
 * chunk, of which the session sees the first.
 */
final class SessionChannel implements RequestChannel {
    private Session session;
    private List<Response> chunks = List.of();

    /** The transport to give the session: sends through {@code transport}, keeping every chunk. */
    Transport over(ChunkTransport transport) {
        return request -> {
            chunks = List.copyOf(transport.sendAll(request));
            if (chunks.isEmpty()) {
                throw new IllegalStateException("the transport returned no reply chunk");
            }
            return chunks.get(0);
        };
    }

    /** Attaches the session that completes requests; it must use a transport made by {@link #over}. */
    void attach(Session s) {
        this.session = s;
    }

    @Override
    public synchronized List<Response> exchange(Request.Builder request) {
        chunks = List.of();
        session.send(request);
        return chunks;
    }
}
