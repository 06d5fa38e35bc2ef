package gold.server.net;

import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.security.PasswordLookup;
import gold.protocol.security.ReplayGuard;
import gold.protocol.server.ServerSecurity;
import gold.server.engine.RequestService;
import gold.server.ServerSettings;
import gold.server.metrics.WorkerMetrics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One worker: binds {@code server.port} with SO_REUSEPORT next to its sibling workers, accepts
 * connections and serves each on its own virtual thread. {@link #stop()} stops accepting and lets the
 * requests in flight finish within the shutdown timeout.
 */
public final class Worker {
    private static final Logger LOG = Logger.getLogger(Worker.class.getName());
    private final ServerSettings settings;
    private final ConnectionHandler handler;
    private final ConnectionLimits limits;
    private final ServerSocketChannel server;
    private volatile boolean stopping;

    public Worker(GoldConfig conf, String authKey, RequestService service, PasswordLookup passwords, ReplayGuard replay,
                  String serverActor) throws IOException {
        this.settings = ServerSettings.from(conf);
        this.limits = new ConnectionLimits(settings.maxConnections(), settings.maxUnauthenticated());
        WorkerMetrics.watchConnections(limits::open);
        ServerSecurity security = new ServerSecurity(conf, authKey, passwords, replay);
        String serverId = hostName() + ":" + settings.port();
        this.handler = new ConnectionHandler(security, service, settings, limits, serverActor, serverId);
        this.server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.setOption(StandardSocketOptions.SO_REUSEPORT, true);
        server.bind(new InetSocketAddress(settings.port()), 1024);
    }

    /** Convenience for the server process: reads the key file next to the configuration. */
    public static String readKey(Path file) throws IOException {
        return AuthKey.read(file);
    }

    public int port() {
        return ((InetSocketAddress) server.socket().getLocalSocketAddress()).getPort();
    }

    /** Accepts until {@link #stop()}; returns once every connection in flight is done or timed out. */
    public void serve() {
        while (!stopping) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                LOG.warning("accept failed: " + e);
                continue;
            }
            if (!limits.admit(ch)) {
                LOG.warning("Refusing a connection: " + settings.maxConnections() + " connections are open");
                WorkerMetrics.connectionDropped(WorkerMetrics.CONNECTION_CAP);
                ConnectionLimits.closeQuietly(ch);
                continue;
            }
            Thread.ofVirtual().name("conn").start(() -> {
                try {
                    handler.handle(ch);
                } finally {
                    limits.closed(ch);
                }
            });
        }
        Instant until = Instant.now().plus(settings.shutdownTimeout());
        while (limits.open() > 0 && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (limits.open() > 0) {
            LOG.warning(limits.open() + " connection(s) still open at the shutdown deadline");
        }
    }

    public void stop() {
        stopping = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.warning("closing the listening socket failed: " + e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
