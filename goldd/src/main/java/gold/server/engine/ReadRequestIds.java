package gold.server.engine;

import gold.server.sql.Database;
import gold.server.sql.Dialect;
import gold.server.sql.KeyGenerator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request ids of read-only requests (docs/differences.md, ids and counters): each successful read moves
 * the Request counter on by one in its own tiny autocommit statement with a relaxed commit, before its
 * reply, so sequential use numbers exactly as the classic server does. A writer holds the counter
 * (its row lock on PostgreSQL, the database lock on SQLite) until it commits; the read then waits at
 * most {@link #BRIEF_WAIT_MILLIS} and leaves its increment owed to a background flush, which applies
 * it once the writer is gone. Nothing records a read's id, so only when the counter moves matters.
 * Skipped when the database refuses writes (reads go on on a read-only database).
 */
final class ReadRequestIds implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReadRequestIds.class.getName());
    static final long BRIEF_WAIT_MILLIS = 100;
    private static final long FLUSH_PAUSE_MILLIS = 200;
    private final Database db;
    private final AtomicLong owed = new AtomicLong();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gold-read-request-ids");
        t.setDaemon(true);
        return t;
    });

    ReadRequestIds(Database db) {
        this.db = db;
    }

    /** Consumes one request id for a read that succeeded, without waiting behind a writer. */
    void take() {
        try {
            advance(1, BRIEF_WAIT_MILLIS);
        } catch (SQLException e) {
            if (db.dialect().classify(e) != Dialect.Failure.RETRY) {
                LOG.log(Level.FINE, "no request id taken for a read-only request", e);
                return;
            }
            if (owed.getAndIncrement() == 0) {
                schedule();
            }
        }
    }

    /** Ids owed and not yet applied (tests). */
    long owed() {
        return owed.get();
    }

    private void schedule() {
        try {
            flusher.schedule(this::flush, FLUSH_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.fine("service closed: owed read request ids dropped");
        }
    }

    /** Applies every owed increment in one statement, waiting as long as any writer would. */
    private void flush() {
        long n = owed.get();
        if (n == 0) {
            return;
        }
        try {
            advance(n, -1);
            if (owed.addAndGet(-n) > 0) {
                schedule();
            }
        } catch (SQLException e) {
            if (db.dialect().classify(e) == Dialect.Failure.RETRY) {
                schedule();
            } else {
                // read-only or unreachable database: the numbers are lost, which loses nothing else
                LOG.log(Level.FINE, "owed read request ids dropped", e);
                if (owed.addAndGet(-n) > 0) {
                    schedule();
                }
            }
        }
    }

    private void advance(long count, long waitMillis) throws SQLException {
        // a reader connection: on SQLite the two writer connections may all be held by writers
        try (Connection c = db.reader()) {
            c.setAutoCommit(true);
            Dialect d = db.dialect();
            d.relaxedCommits(c, true);
            d.lockWait(c, waitMillis);
            try {
                KeyGenerator.advance(c, "Request", count);
            } finally {
                d.lockWait(c, -1);
                d.relaxedCommits(c, false);
            }
        }
    }

    /** Applies what is still owed (briefly: a writer still open then loses those numbers). */
    @Override
    public void close() {
        flusher.shutdownNow();
        long n = owed.getAndSet(0);
        if (n > 0) {
            try {
                advance(n, BRIEF_WAIT_MILLIS);
            } catch (SQLException e) {
                LOG.log(Level.FINE, "owed read request ids dropped at close", e);
            }
        }
    }
}
