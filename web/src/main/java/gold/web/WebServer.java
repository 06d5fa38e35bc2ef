package gold.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The embedded Jetty server on virtual threads: one connector (HTTPS with the configured PKCS#12
 * keystore, or plain HTTP on loopback), one handler routing to the static files, the API and the
 * portal. Every request is answered here, also on an unexpected error (500 with a log line).
 */
public final class WebServer {
    private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
    private final WebConfig config;
    private final Server server;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "session-sweeper");
        t.setDaemon(true);
        return t;
    });

    public WebServer(WebConfig config, GoldSite site) throws IOException {
        this.config = config;
        config.checkTransport();
        Sessions sessions = new Sessions(config.idleTimeout(), Clock.systemUTC());
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 3, 20);
        Portal portal = new Portal(TemplateEngine.createPrecompiled(ContentType.Html), site, sessions, throttle);
        Api api = new Api(sessions, new BearerTokens(site, throttle));
        VirtualThreadPool pool = new VirtualThreadPool();
        pool.setName("goldweb");
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector;
        if (config.tls()) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(config.keystore().toString());
            ssl.setKeyStorePassword(config.keystorePassword());
            ssl.setKeyStoreType("PKCS12");
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new Router(portal, api, config.tls()));
        sweeper.scheduleAtFixedRate(sessions::sweep, 60, 60, TimeUnit.SECONDS);
    }

    public void start() throws Exception {
        server.start();
        LOG.info("goldweb listening on " + (config.tls() ? "https" : "http") + "://" + config.host() + ":" + config.port());
    }

    public void stop() throws Exception {
        sweeper.shutdownNow();
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Routes a request: static files, /api/v1/, else the portal; anything else is 404. */
    private static final class Router extends Handler.Abstract {
        private final Portal portal;
        private final Api api;
        private final boolean secure;
        private final Map<String, byte[]> statics = new ConcurrentHashMap<>();

        Router(Portal portal, Api api, boolean secure) {
            this.portal = portal;
            this.api = api;
            this.secure = secure;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            WebExchange x = new WebExchange(request, response, callback, secure);
            String path = x.path();
            try {
                if (path.startsWith("/static/")) {
                    serveStatic(x, path.substring("/static/".length()));
                } else if (path.startsWith(Api.PREFIX)) {
                    api.handle(x);
                } else if (!portal.handle(x)) {
                    x.html(404, "<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
                }
            } catch (Exception e) {
                // never a password here: the exception names the path, not form fields
                LOG.log(Level.SEVERE, "error serving " + x.method() + " " + path, e);
                x.html(500, "<!DOCTYPE html><title>Error</title><p>Internal error; see the goldweb log.</p>");
            }
            return true;
        }

        private void serveStatic(WebExchange x, String name) throws IOException {
            if (!name.matches("[a-z0-9-]+\\.(css|js|svg)")) {
                x.html(404, "<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
                return;
            }
            byte[] content = statics.get(name);
            if (content == null) {
                try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
                    if (in == null) {
                        x.html(404, "<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
                        return;
                    }
                    content = in.readAllBytes();
                }
                statics.put(name, content);
            }
            String type = name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : "image/svg+xml";
            x.resource(type, content);
        }
    }
}
