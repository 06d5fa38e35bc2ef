package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;
import gold.server.meta.Metadata;
import gold.server.meta.MetadataCache;
import gold.server.sql.Database;
import gold.server.sql.DatabaseFailure;
import gold.server.sql.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One request, one database transaction per reply chunk (docs/data-model.md, Retries and one transaction per request): Success and Warning
 * commit, Failure rolls back; lost races run the whole attempt again. A modifying request claims its
 * request key first and stores its reply last; a read-only request takes its request id in its own
 * tiny statement after it succeeded ({@link ReadRequestIds}), so reads never hold the counter's lock
 * nor wait long for it.
 */
final class RequestFrame implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RequestFrame.class.getName());
    /**
     * Attempts of a request whose transaction lost a race (serialization failure, deadlock, SQLITE_BUSY):
     * fixed, not a goldd.conf key (the classic server had none); enough for the contention a pool of
     * workers can make, few enough that a stuck database is answered 720/730 within seconds.
     */
    static final int LOST_RACE_ATTEMPTS = 10;
    /** First back-off between those attempts in milliseconds, doubled (with jitter) each time. */
    static final long LOST_RACE_BACKOFF_MILLIS = 5;
    /** Seconds between clean-ups of expired request keys; also the shortest request.key.retention. */
    static final long KEY_EXPIRY_INTERVAL_SECONDS = 3600;
    private final Database db;
    private final MetadataCache cache;
    private final Services services;
    private final Retry retry;
    private final ReadRequestIds readIds;
    private final long keyRetention;
    private volatile long lastExpiry;

    /** {@code keyRetention}: seconds a request key and its stored reply are kept (request.key.retention). */
    RequestFrame(Database db, MetadataCache cache, Services services, long keyRetention) {
        this.db = db;
        this.cache = cache;
        this.services = services;
        this.retry = new Retry(db.dialect(), LOST_RACE_ATTEMPTS, LOST_RACE_BACKOFF_MILLIS);
        this.readIds = new ReadRequestIds(db);
        this.keyRetention = keyRetention;
    }

    /** Runs a modifying request to its single reply. */
    Response write(Request request) {
        return guarded(request, () -> retry.run(() -> writeOnce(request)));
    }

    /** Runs chunk {@code number} of a read-only request. */
    Response read(Request request, ChunkWindow window) {
        return guarded(request, () -> retry.run(() -> readOnce(request, window)));
    }

    /** After a read-only request succeeded: consume its request id, never waiting behind a writer. */
    void takeReadRequestId() {
        readIds.take();
    }

    /** Ids of read-only requests not yet applied to the counter (tests). */
    long owedReadRequestIds() {
        return readIds.owed();
    }

    @Override
    public void close() {
        readIds.close();
    }

    private Response writeOnce(Request request) throws SQLException {
        db.requireSafeToWrite();
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            try {
                Metadata meta = cache.fresh(c);
                RequestContext ctx = new RequestContext(c, db.dialect(), meta, now(), services, ChunkWindow.ALL);
                var stored = RequestKeys.claim(ctx, request);
                if (stored.isPresent()) {
                    if (!db.dialect().confirmSeenCommits(c)) {
                        LOG.warning("stored reply not yet confirmed by synchronous replication: " + request);
                        return Response.failure(Code.OUTCOME_UNKNOWN.code(),
                                "The outcome of the request is unknown: its commit is not confirmed yet");
                    }
                    return stored.get();
                }
                String action = Actions.plain(request.action());
                if (!action.equals("Undo") && !action.equals("Redo")) {
                    UndoRedo.cleanup(ctx);
                }
                Response r = respond(ctx, request);
                if (r.isFailure()) {
                    c.rollback();
                    return r;
                }
                ctx.flushJournal();
                // every successful request consumes a request id, also one that journaled nothing
                // (Account Balance, Account Query with options, Modify of 0 objects), as the classic does
                ctx.requestId();
                if (ctx.stale()) {
                    MetadataCache.bump(c);
                    r = r.code().equals(Code.SUCCESS.code()) ? r.withStatus(Status.Success, Code.REFRESHED.code(), r.message()) : r;
                } else if (ctx.ratesChanged()) {
                    MetadataCache.bump(c); // the cached charge rates are per metadata version
                }
                RequestKeys.store(ctx, request, r);
                expireKeys(ctx);
                PausePoint.reach(PausePoint.BEFORE_COMMIT, request.requestKey());
                boolean confirmed;
                try {
                    confirmed = db.dialect().commit(c);
                } catch (SQLException e) {
                    if (db.dialect().classify(e) != Dialect.Failure.UNAVAILABLE) {
                        throw e;
                    }
                    // the connection broke during COMMIT: it may have committed or not
                    LOG.log(Level.WARNING, "connection lost during commit, outcome unknown: " + request, e);
                    return Response.failure(Code.OUTCOME_UNKNOWN.code(),
                            "The outcome of the request is unknown: the connection to the database was lost during the commit");
                }
                PausePoint.reach(PausePoint.AFTER_COMMIT, request.requestKey());
                if (!confirmed) {
                    LOG.warning("commit not confirmed by synchronous replication: " + request);
                    return Response.failure(Code.OUTCOME_UNKNOWN.code(),
                            "The outcome of the request is unknown: the commit could not be confirmed");
                }
                return r;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    private Response readOnce(Request request, ChunkWindow window) throws SQLException {
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            try {
                Metadata meta = cache.fresh(c);
                RequestContext ctx = new RequestContext(c, db.dialect(), meta, now(), services, window);
                Response r = respond(ctx, request);
                if (r.isFailure()) {
                    c.rollback();
                } else {
                    ctx.flushJournal();
                    c.commit();
                }
                return r;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    /** Request errors become a Failure reply (the transaction then rolls back). */
    private Response respond(RequestContext ctx, Request request) throws SQLException {
        try {
            return services.dispatcher().dispatch(ctx, request);
        } catch (GoldException e) {
            LOG.fine(() -> "request failed: " + e.code() + " " + e.getMessage() + " " + request);
            return Response.failure(e);
        }
    }

    private void expireKeys(RequestContext ctx) throws SQLException {
        if (ctx.now() - lastExpiry > KEY_EXPIRY_INTERVAL_SECONDS) {
            lastExpiry = ctx.now();
            RequestKeys.expire(ctx, keyRetention);
        }
    }

    /** Database and programming errors: 730 when the database is away or read-only, else 720. */
    private Response guarded(Request request, Retry.Attempt<Response> body) {
        try {
            return body.run();
        } catch (SQLException e) {
            return Response.failure(DatabaseFailure.answer(db.dialect(), e, String.valueOf(request), LOG));
        } catch (GoldException e) {
            return Response.failure(e);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "internal error for " + request, e);
            return Response.failure(Code.INTERNAL.code(), "Internal server error; see the server log");
        }
    }

    /** Rolls back after a failure; a second failure (connection gone) is attached to the first. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

}
