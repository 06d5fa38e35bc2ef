package gold.server.metrics;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.io.IOException;

/**
 * The one source of site events in the master: each is logged at WARNING, counted in
 * {@code gold_events_total}, and handed to the alert command when one is configured. Workers report
 * what they observe (every split-brain probe, every 250 reply); the master keeps the site's state (the
 * primary and the guard's state as last reported by any worker) and raises an event only when that
 * state changes, so N workers seeing one failover make one event.
 */
public final class SiteEvents implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SiteEvents.class.getName());
    public static final String PRIMARY_CHANGED = "primary_changed";
    public static final String GUARD_REFUSING = "guard_refusing_writes";
    public static final String GUARD_ALLOWING = "guard_allowing_writes";
    public static final String WORKER_REPLACED = "worker_replaced";
    public static final String OUTCOME_UNKNOWN = "commit_outcome_unknown";
    static final List<String> ALL = List.of(PRIMARY_CHANGED, GUARD_REFUSING, GUARD_ALLOWING, WORKER_REPLACED,
            OUTCOME_UNKNOWN);

    private final SiteMetrics metrics;
    private final AlertCommand alerts;
    private String primary = "";
    private String guard = "off";

    /** {@code command}: server.alert.command, or empty for none; {@code timeout}: server.alert.timeout. */
    public SiteEvents(SiteMetrics metrics, String command, Duration timeout) {
        this.metrics = metrics;
        this.alerts = command.isBlank() ? null : new AlertCommand(command, timeout, hostName());
    }

    /** One line a worker sent that is not part of a figures answer. */
    public synchronized void workerReport(int slot, String line) {
        String[] w = line.split(" ", -1);
        try {
            switch (w[0]) {
                case "GUARD" -> guardProbed(w[1], WorkerReports.dec(w[2]), WorkerReports.dec(w[3]));
                case "UNKNOWN" -> emit(OUTCOME_UNKNOWN, "commit outcome unknown (250): " + WorkerReports.dec(w[1]));
                default -> LOG.fine("worker " + slot + " said: " + line);
            }
        } catch (RuntimeException e) {
            LOG.warning("unreadable report from worker " + slot + ": " + line);
        }
    }

    private void guardProbed(String state, String writable, String reason) {
        if (!writable.isEmpty() && !writable.equals(primary)) {
            if (primary.isEmpty()) {
                LOG.info("database primary is " + writable);
            } else {
                emit(PRIMARY_CHANGED, "database primary changed from " + primary + " to " + writable);
            }
            primary = writable;
        }
        if (!state.equals(guard)) {
            if (state.equals("refusing")) {
                emit(GUARD_REFUSING, "split-brain guard refuses writes: " + reason);
            } else if (guard.equals("refusing")) {
                emit(GUARD_ALLOWING, "split-brain guard allows writes again"
                        + (primary.isEmpty() ? "" : "; primary " + primary));
            }
            guard = state;
            metrics.guardState(state);
        }
    }

    /** The master is about to restart a dead worker (counted in gold_worker_restarts_total). */
    public void workerRestarting() {
        metrics.restarted();
    }

    /** The master replaced a dead worker: the new one is ready. */
    public void workerReplaced(String detail) {
        emit(WORKER_REPLACED, detail);
    }

    /** Logs, counts and alerts one event. */
    public synchronized void emit(String event, String detail) {
        LOG.warning("Event " + event + ": " + detail);
        metrics.counted(event);
        if (alerts != null) {
            alerts.submit(event, detail, Instant.now());
        }
    }

    @Override
    public void close() {
        if (alerts != null) {
            alerts.close();
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
