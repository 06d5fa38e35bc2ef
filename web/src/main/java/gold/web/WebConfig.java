package gold.web;

import gold.protocol.GoldConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * etc/goldweb.conf: where goldweb listens and how, every key read through the goldweb registry
 * {@link WebKeys} (defaults and meanings there). The goldd it talks to comes from etc/gold.conf.
 */
public record WebConfig(Path home, String host, int port, Path keystore, String keystorePassword,
                        boolean insecureAllowed, Duration idleTimeout) {
    /** The shortest session idle timeout accepted. */
    private static final Duration MIN_IDLE = Duration.ofSeconds(30);

    public static WebConfig load(Path home) throws IOException {
        Path file = home.resolve("etc/goldweb.conf");
        GoldConfig c = Files.exists(file) ? GoldConfig.load(file) : GoldConfig.empty();
        String store = c.get(WebKeys.TLS_KEYSTORE);
        Path keystore = store.isEmpty() ? null : home.resolve(store);
        Duration idle = c.get(WebKeys.SESSION_IDLE_TIMEOUT);
        return new WebConfig(home, c.get(WebKeys.HOST), c.get(WebKeys.PORT), keystore,
                c.get(WebKeys.TLS_PASSWORD), c.get(WebKeys.INSECURE_ALLOW),
                idle.compareTo(MIN_IDLE) < 0 ? MIN_IDLE : idle);
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
