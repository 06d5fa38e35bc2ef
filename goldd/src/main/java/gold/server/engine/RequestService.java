package gold.server.engine;

import gold.protocol.Request;

/**
 * What the connection layer calls for every authenticated request: run it (one database transaction
 * per reply chunk) and hand each reply chunk to the sink, last chunk last. Implementations never throw
 * for request errors; they send a Failure chunk instead.
 */
public interface RequestService extends AutoCloseable {
    void serve(Request request, ReplySink sink);

    /** Releases pools and files; the default has nothing to release. */
    @Override
    default void close() {
    }
}
