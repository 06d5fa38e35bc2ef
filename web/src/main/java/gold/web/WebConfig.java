package gold.web;

import gold.protocol.GoldConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * etc/goldweb.conf: where goldweb listens and how. {@code web.host} (127.0.0.1), {@code web.port}
 * (7180), {@code web.tls.keystore} and {@code web.tls.password} (a PKCS#12 keystore: HTTPS),
 * {@code web.insecure.allow} (false: plain HTTP is refused on any address but loopback),
 * {@code web.session.idle.timeout} (1800 s). The goldd it talks to comes from etc/gold.conf.
 */
public record WebConfig(Path home, String host, int port, Path keystore, String keystorePassword,
                        boolean insecureAllowed, Duration idleTimeout) {

    public static WebConfig load(Path home) throws IOException {
        Path file = home.resolve("etc/goldweb.conf");
        GoldConfig c = Files.exists(file) ? GoldConfig.load(file) : GoldConfig.empty();
        String store = c.get("web.tls.keystore", "").strip();
        Path keystore = store.isEmpty() ? null : home.resolve(store);
        int idle = c.integer("web.session.idle.timeout", 1800);
        return new WebConfig(home, c.get("web.host", "127.0.0.1").strip(), c.integer("web.port", 7180), keystore,
                c.get("web.tls.password", ""), c.flag("web.insecure.allow", false),
                Duration.ofSeconds(Math.max(30, idle)));
    }

    public boolean tls() {
        return keystore != null;
    }

    public Path pidFile() {
        return home.resolve("etc/goldweb.pid");
    }

    public Path logFile() {
        return home.resolve("log/goldweb.log");
    }

    /** The address to probe for --start/--status: loopback when listening on every address. */
    public String probeHost() {
        return host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    /** Plain HTTP only on loopback unless the site says otherwise (passwords travel in the login form). */
    public void checkTransport() {
        if (tls() || insecureAllowed) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalStateException("web.host " + host + " is not a loopback address: configure "
                            + "web.tls.keystore (HTTPS) or set web.insecure.allow = true");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("web.host " + host + " cannot be resolved", e);
        }
    }
}
