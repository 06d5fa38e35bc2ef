package gold.server.net;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One deadline for a whole phase of a connection (reading the request, writing the reply): when it
 * passes, the socket is closed, so any read or write blocked on it fails at once. This bounds every
 * I/O call without per-call timeouts and however slowly the peer trickles bytes.
 */
final class Deadline {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gold-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final Closeable socket;
    private ScheduledFuture<?> pending;
    private volatile boolean expired;

    Deadline(Closeable socket) {
        this.socket = socket;
    }

    synchronized void arm(Duration limit) {
        disarm();
        pending = TIMER.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void disarm() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    boolean expired() {
        return expired;
    }

    private void expire() {
        expired = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing is the whole point; a failure to close leaves nothing else to do
        }
    }
}
