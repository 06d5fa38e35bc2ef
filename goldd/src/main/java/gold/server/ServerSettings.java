package gold.server;

import gold.protocol.GoldConfig;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The goldd.conf keys of the process model, each default in one place (docs/differences.md, deadlines and
 * limits). Bad values are clamped to the default with a warning rather than failing obscurely.
 */
public record ServerSettings(int port, int workers, String workerHeap, Duration messageTimeout,
                             int maxMessageBytes, int maxConnections, int maxUnauthenticated,
                             Duration shutdownTimeout, boolean replyOnReceiveError) {
    /** server.port: 7112, the classic port. */
    public static final int DEFAULT_PORT = 7112;
    /** server.workers: 2 worker JVMs. */
    public static final int DEFAULT_WORKERS = 2;
    /** server.worker.heap: 256m per worker JVM. */
    public static final String DEFAULT_WORKER_HEAP = "256m";
    /** server.timeout: 30 s to read a whole request, and again to write its reply. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** server.message.max: 64 MiB per request payload. */
    public static final int DEFAULT_MAX_MESSAGE = 64 << 20;
    /** server.connections.max: 4096 concurrent connections per worker. */
    public static final int DEFAULT_MAX_CONNECTIONS = 4096;
    /** server.connections.unauthenticated.max: 1024; at the cap the oldest is dropped. */
    public static final int DEFAULT_MAX_UNAUTHENTICATED = 1024;
    /** server.shutdown.timeout: 20 s for in-flight requests to finish on stop. */
    // server.reply.on.receive.error: true, a Failure chunk answers a request that could not be read (docs/differences.md)
    public static final int DEFAULT_SHUTDOWN_SECONDS = 20;

    public static ServerSettings from(GoldConfig conf) {
        return new ServerSettings(
                positive(conf, "server.port", DEFAULT_PORT),
                positive(conf, "server.workers", DEFAULT_WORKERS),
                conf.get("server.worker.heap", DEFAULT_WORKER_HEAP).matches("\\d+[kmgKMG]?")
                        ? conf.get("server.worker.heap", DEFAULT_WORKER_HEAP) : DEFAULT_WORKER_HEAP,
                Duration.ofSeconds(positive(conf, "server.timeout", DEFAULT_TIMEOUT_SECONDS)),
                positive(conf, "server.message.max", DEFAULT_MAX_MESSAGE),
                positive(conf, "server.connections.max", DEFAULT_MAX_CONNECTIONS),
                positive(conf, "server.connections.unauthenticated.max", DEFAULT_MAX_UNAUTHENTICATED),
                Duration.ofSeconds(positive(conf, "server.shutdown.timeout", DEFAULT_SHUTDOWN_SECONDS)),
                conf.flag("server.reply.on.receive.error", true));
    }

    private static int positive(GoldConfig conf, String key, int def) {
        int v = conf.integer(key, def);
        if (v <= 0) {
            Logger.getLogger(ServerSettings.class.getName())
                    .warning(key + " must be positive; using " + def);
            return def;
        }
        return v;
    }
}
