package gold.server.net;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import gold.server.metrics.WorkerMetrics;

/**
 * Caps on concurrent connections per worker. Connections count as unauthenticated until their request
 * verified; at the unauthenticated cap the oldest such connection is dropped, so a flood of silent
 * peers cannot lock out a real client (docs/differences.md).
 */
final class ConnectionLimits {
    private static final Logger LOG = Logger.getLogger(ConnectionLimits.class.getName());
    private final int maxConnections;
    private final int maxUnauthenticated;
    private final AtomicInteger open = new AtomicInteger();
    private final Deque<SocketChannel> unauthenticated = new ConcurrentLinkedDeque<>();

    ConnectionLimits(int maxConnections, int maxUnauthenticated) {
        this.maxConnections = maxConnections;
        this.maxUnauthenticated = maxUnauthenticated;
    }

    /** Registers a new connection; false when the worker is at its connection cap. */
    boolean admit(SocketChannel ch) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            return false;
        }
        unauthenticated.addLast(ch);
        while (unauthenticated.size() > maxUnauthenticated) {
            SocketChannel oldest = unauthenticated.pollFirst();
            if (oldest != null && oldest != ch) {
                LOG.info("Dropping the oldest unauthenticated connection: cap of " + maxUnauthenticated + " reached");
                closeQuietly(oldest);
                WorkerMetrics.connectionDropped(WorkerMetrics.UNAUTHENTICATED_CAP);
            }
        }
        return true;
    }

    void authenticated(SocketChannel ch) {
        unauthenticated.remove(ch);
    }

    void closed(SocketChannel ch) {
        unauthenticated.remove(ch);
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }

    static void closeQuietly(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // already closed or broken: either way it is gone
        }
    }
}
