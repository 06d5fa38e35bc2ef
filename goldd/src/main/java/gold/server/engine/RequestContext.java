package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.Metadata;
import gold.server.sql.Dialect;
import gold.server.sql.KeyGenerator;
import gold.server.sql.Sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything one request (and its sub-requests) shares: the connection of its single database
 * transaction, the metadata snapshot, the clock, the lazily taken request id and the flags the
 * dispatcher sets (metadata stale, OVERRIDE authorization). Handlers use it for sub-requests:
 * {@link #dispatch} validates, authorizes (as the super user) and cooks like a client request;
 * {@link #engine()} runs the generic engine directly (uncooked, unauthorized, docs/data-model.md, Internal sub-requests).
 */
public final class RequestContext {
    private final Connection connection;
    private final Dialect dialect;
    private final Metadata metadata;
    private final long now;
    private final Services services;
    private final ChunkWindow window;
    private long requestId;
    private boolean stale;
    private boolean overridden;
    private boolean noRefresh;
    private boolean replyRows = true;
    private boolean ratesChanged;
    private final JournalBatch journal = new JournalBatch();

    RequestContext(Connection connection, Dialect dialect, Metadata metadata, long now, Services services,
                   ChunkWindow window) {
        this.connection = connection;
        this.dialect = dialect;
        this.metadata = metadata;
        this.now = now;
        this.services = services;
        this.window = window;
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Metadata metadata() {
        return metadata;
    }

    /** Epoch seconds at the start of the request (one value for every row the request writes). */
    public long now() {
        return now;
    }

    /** The configured super.user: actor of internal sub-requests. */
    public String superUser() {
        return services.superUser();
    }

    /** The request id, taken from the generator on first use (as late as possible in the transaction). */
    public long requestId() throws SQLException {
        if (requestId == 0) {
            requestId = KeyGenerator.nextId(connection, "Request");
        }
        return requestId;
    }

    /** A new transaction id for one modifying step. */
    public long nextTransactionId() throws SQLException {
        requestId();
        return KeyGenerator.nextId(connection, "Transaction");
    }

    void journal(Sql row) {
        journal.add(row);
    }

    /**
     * Inserts the journal rows recorded so far (one statement): before anything in the request reads
     * g_transaction, and before the commit.
     */
    public void flushJournal() throws SQLException {
        journal.flush(connection);
    }

    /**
     * Whether generic Modify and Delete steps read their changed rows back for the reply; internal
     * sub-steps that only need the count (the bank's debits and clean-ups) switch it off.
     */
    public boolean replyRows() {
        return replyRows;
    }

    public void replyRows(boolean wanted) {
        replyRows = wanted;
    }

    /** Marks the metadata cache stale: after commit the reply says 080 and every process reloads. */
    public void markStale() {
        stale = true;
    }

    /** Whether this request wrote charge rates (or undid/redid something that may have): caches must reload. */
    public boolean ratesChanged() {
        return ratesChanged;
    }

    void markRatesChanged() {
        ratesChanged = true;
    }

    boolean stale() {
        return stale && !noRefresh;
    }

    void noRefresh() {
        noRefresh = true;
    }

    /** True when only an OVERRIDE role allowed the request; the handler must apply its own check. */
    public boolean overridden() {
        return overridden;
    }

    void overridden(boolean value) {
        overridden = value;
    }

    /** The rows this reply chunk may return. */
    public ChunkWindow window() {
        return window;
    }

    /** Runs a sub-request through the full dispatcher as the server's own account. */
    public Response dispatch(Request sub) throws SQLException {
        return services.dispatcher().dispatch(this, sub.toBuilder().actor(superUser()).build());
    }

    /** The generic engine for direct (uncooked, unauthorized) sub-requests. */
    public GenericEngine engine() {
        return services.engine();
    }

    Services services() {
        return services;
    }
}
