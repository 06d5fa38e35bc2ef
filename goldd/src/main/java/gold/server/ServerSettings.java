package gold.server;

import gold.protocol.GoldConfig;
import gold.protocol.config.SharedKeys;
import gold.server.config.ServerKeys;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The goldd.conf keys of the process model, read through the server registry {@link ServerKeys}
 * (defaults and meanings there; docs/differences.md, deadlines and limits). Bad values give the default
 * with a warning rather than failing obscurely.
 */
public record ServerSettings(int port, int workers, String workerHeap, Duration messageTimeout,
                             int maxMessageBytes, int maxConnections, int maxUnauthenticated,
                             Duration shutdownTimeout, boolean replyOnReceiveError) {
    /** server.port: 7112, the classic port. */
    public static final int DEFAULT_PORT = SharedKeys.SERVER_PORT.defaultValue();

    public static ServerSettings from(GoldConfig conf) {
        return new ServerSettings(
                listeningPort(conf),
                conf.get(ServerKeys.WORKERS),
                conf.get(ServerKeys.WORKER_HEAP),
                conf.get(ServerKeys.TIMEOUT),
                conf.get(ServerKeys.MESSAGE_MAX),
                conf.get(ServerKeys.CONNECTIONS_MAX),
                conf.get(ServerKeys.CONNECTIONS_UNAUTHENTICATED_MAX),
                conf.get(ServerKeys.SHUTDOWN_TIMEOUT),
                conf.get(ServerKeys.REPLY_ON_RECEIVE_ERROR));
    }

    /** server.port, which the server needs to be 1 or more (0 is a port number to a client, not to listen on). */
    private static int listeningPort(GoldConfig conf) {
        int port = conf.get(SharedKeys.SERVER_PORT);
        if (port <= 0) {
            Logger.getLogger(ServerSettings.class.getName()).warning("server.port must be positive; using " + DEFAULT_PORT);
            return DEFAULT_PORT;
        }
        return port;
    }
}
