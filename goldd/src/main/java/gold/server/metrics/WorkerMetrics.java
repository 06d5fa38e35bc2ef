package gold.server.metrics;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.List;

/**
 * The figures one server process keeps (a worker; or a test's service): requests by object, action and
 * code with their latency, connections open and dropped, database pools. The master adds up its
 * workers' figures (see {@link Figures}); nothing here is exposed over the network by the worker itself.
 * One registry per process, reached statically so that the connection and database layers need only a
 * one-line call where something happens.
 */
public final class WorkerMetrics {
    /** Reasons a connection is closed by the server before its reply is done. */
    public static final String READ_DEADLINE = "read_deadline";
    public static final String WRITE_DEADLINE = "write_deadline";
    public static final String CONNECTION_CAP = "connection_cap";
    public static final String UNAUTHENTICATED_CAP = "unauthenticated_cap";

    /** Object and action labels: plain names only, and at most this many pairs (a client cannot explode the series). */
    private static final int MAX_PAIRS = 500;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final double[] LATENCY_BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private static final PrometheusRegistry REGISTRY = new PrometheusRegistry();
    private static final Set<String> PAIRS = ConcurrentHashMap.newKeySet();
    private static final Counter REQUESTS = Counter.builder().name("gold_requests")
            .help("Requests answered, by object, action and reply code").labelNames("object", "action", "code")
            .register(REGISTRY);
    private static final Histogram LATENCY = Histogram.builder().name("gold_request_duration_seconds")
            .help("Time from an authenticated request to its last reply chunk, by object and action")
            .labelNames("object", "action").classicOnly().classicUpperBounds(LATENCY_BOUNDS).register(REGISTRY);
    private static final Counter DROPPED = Counter.builder().name("gold_connections_dropped")
            .help("Connections closed by the server before a reply was complete, by reason (deadline, caps)")
            .labelNames("reason").register(REGISTRY);
    private static final Histogram POOL_WAIT = Histogram.builder().name("gold_db_pool_acquire_seconds")
            .help("Time a request waited for a database connection, by pool").labelNames("pool")
            .classicOnly().classicUpperBounds(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10).register(REGISTRY);
    private static final Counter POOL_TIMEOUTS = Counter.builder().name("gold_db_pool_timeouts")
            .help("Database connection requests that timed out waiting for the pool, by pool").labelNames("pool")
            .register(REGISTRY);
    private static final Map<String, PoolStats> POOLS = new ConcurrentHashMap<>();
    private static volatile IntSupplier openConnections = () -> 0;
    private static volatile LongSupplier requestKeys = () -> -1;

    static {
        for (String reason : new String[] {READ_DEADLINE, WRITE_DEADLINE, CONNECTION_CAP, UNAUTHENTICATED_CAP}) {
            DROPPED.labelValues(reason); // every reason shows, also at 0
        }
        GaugeWithCallback.builder().name("gold_connections_open").help("Client connections open")
                .callback(cb -> cb.call(openConnections.getAsInt())).register(REGISTRY);
        GaugeWithCallback.builder().name("gold_db_pool_connections")
                .help("Database connections of the pool, by pool and state (active: in use by a request)")
                .labelNames("pool", "state").callback(cb -> POOLS.forEach((name, stats) -> {
                    cb.call(stats.getActiveConnections(), name, "active");
                    cb.call(stats.getIdleConnections(), name, "idle");
                })).register(REGISTRY);
        GaugeWithCallback.builder().name("gold_db_pool_waiting")
                .help("Threads waiting for a database connection, by pool").labelNames("pool")
                .callback(cb -> POOLS.forEach((name, stats) -> cb.call(stats.getPendingThreads(), name)))
                .register(REGISTRY);
        GaugeWithCallback.builder().name("gold_request_keys")
                .help("Rows of the request-key table (stored replies kept for retries)")
                .callback(cb -> {
                    long n = requestKeys.getAsLong();
                    if (n >= 0) {
                        cb.call(n);
                    }
                }).register(REGISTRY);
    }

    private WorkerMetrics() {
    }

    /** A request answered with {@code code} after {@code nanos}. */
    public static void requestServed(String object, String action, String code, long nanos) {
        String o = NAME.matcher(object).matches() ? object : "other";
        String a = NAME.matcher(action).matches() ? action : "other";
        if (!PAIRS.contains(o + " " + a)) {
            if (PAIRS.size() >= MAX_PAIRS) {
                o = "other";
                a = "other";
            } else {
                PAIRS.add(o + " " + a);
            }
        }
        REQUESTS.labelValues(o, a, code).inc();
        LATENCY.labelValues(o, a).observe(nanos / 1e9);
    }

    /** A connection closed by the server for {@code reason} (one of the constants above). */
    public static void connectionDropped(String reason) {
        DROPPED.labelValues(reason).inc();
    }

    /** Where the number of open client connections is read. */
    public static void watchConnections(IntSupplier open) {
        openConnections = open;
    }

    /** Where the number of request-key rows is read; a negative answer means "unknown now" (no point). */
    public static void watchRequestKeys(LongSupplier rows) {
        requestKeys = rows;
    }

    /** Given to HikariCP: records waits and timeouts, and exposes the pool's counts while it lives. */
    public static final MetricsTrackerFactory POOL_TRACKER = (pool, stats) -> {
        POOLS.put(pool, stats);
        return new IMetricsTracker() {
            @Override
            public void recordConnectionAcquiredNanos(long nanos) {
                POOL_WAIT.labelValues(pool).observe(nanos / 1e9);
            }

            @Override
            public void recordConnectionTimeout() {
                POOL_TIMEOUTS.labelValues(pool).inc();
            }

            @Override
            public void close() {
                POOLS.remove(pool, stats);
            }
        };
    };

    /** This process's figures now. */
    static Figures figures() {
        return Figures.of(REGISTRY.scrape());
    }

    /** This process's figures as the lines a worker sends to its master. */
    public static List<String> lines() {
        return figures().lines();
    }
}
