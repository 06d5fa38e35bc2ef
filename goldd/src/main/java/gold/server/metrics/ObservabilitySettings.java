package gold.server.metrics;

import gold.protocol.GoldConfig;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The goldd.conf keys of metrics and alerts. {@code server.metrics.port}: none (no endpoint) by default;
 * {@code server.metrics.host}: 127.0.0.1 (loopback only unless a site opens it);
 * {@code server.alert.command}: none; {@code server.alert.timeout}: 30 s per run.
 */
public record ObservabilitySettings(int metricsPort, String metricsHost, String alertCommand, Duration alertTimeout) {
    public static final String DEFAULT_METRICS_HOST = "127.0.0.1";
    public static final int DEFAULT_ALERT_TIMEOUT_SECONDS = 30;

    public static ObservabilitySettings from(GoldConfig conf) {
        int port = conf.integer("server.metrics.port", 0);
        if (port < 0 || port > 65535) {
            Logger.getLogger(ObservabilitySettings.class.getName())
                    .warning("server.metrics.port " + port + " is not a port; metrics are off");
            port = 0;
        }
        int timeout = conf.integer("server.alert.timeout", DEFAULT_ALERT_TIMEOUT_SECONDS);
        if (timeout <= 0) {
            Logger.getLogger(ObservabilitySettings.class.getName())
                    .warning("server.alert.timeout must be positive; using " + DEFAULT_ALERT_TIMEOUT_SECONDS);
            timeout = DEFAULT_ALERT_TIMEOUT_SECONDS;
        }
        return new ObservabilitySettings(port, conf.get("server.metrics.host", DEFAULT_METRICS_HOST).trim(),
                conf.get("server.alert.command", "").trim(), Duration.ofSeconds(timeout));
    }

    public boolean metricsOn() {
        return metricsPort > 0;
    }
}
