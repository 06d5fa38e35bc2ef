package gold.server.metrics;

import gold.protocol.GoldConfig;
import gold.server.config.ServerKeys;

import java.time.Duration;

/**
 * The goldd.conf keys of metrics and alerts, read through the server registry {@link ServerKeys}:
 * {@code server.metrics.port} (none: no endpoint), {@code server.metrics.host} (loopback only unless a
 * site opens it), {@code server.alert.command} (none) and {@code server.alert.timeout}.
 */
public record ObservabilitySettings(int metricsPort, String metricsHost, String alertCommand, Duration alertTimeout) {
    public static ObservabilitySettings from(GoldConfig conf) {
        return new ObservabilitySettings(conf.get(ServerKeys.METRICS_PORT), conf.get(ServerKeys.METRICS_HOST),
                conf.get(ServerKeys.ALERT_COMMAND), conf.get(ServerKeys.ALERT_TIMEOUT));
    }

    public boolean metricsOn() {
        return metricsPort > 0;
    }
}
