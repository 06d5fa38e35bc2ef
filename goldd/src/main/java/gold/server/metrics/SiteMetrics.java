package gold.server.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The master's registry and its {@code /metrics} endpoint: the master's own figures (worker restarts,
 * site events, the split-brain guard's state, workers running) plus the sum of its workers' figures,
 * asked from each worker over its pipe at every scrape. The last figures of each worker are kept, and
 * when a worker is replaced its counters are carried into a retired total, so the sums never go down;
 * what a worker counted after the last scrape before it died is lost.
 */
public final class SiteMetrics implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SiteMetrics.class.getName());

    /** The master's view of one worker process. */
    public interface WorkerView {
        int slot();

        /** The pid of the current process (0 when none runs). */
        long pid();

        /** The worker's figures as it sent them, or null when it did not answer in time. */
        List<String> scrape();
    }

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Supplier<List<? extends WorkerView>> workers;
    private final Map<Integer, Last> last = new HashMap<>();
    private final Figures retired = new Figures();
    private final Counter restarts;
    private final Counter events;
    private volatile String guardState = "off";
    private HTTPServer server;

    private record Last(long pid, Figures figures) {
    }

    /** States of {@code gold_split_brain_guard}; exactly one is 1. */
    public static final List<String> GUARD_STATES = List.of("off", "allowing", "refusing");

    public SiteMetrics(Supplier<List<? extends WorkerView>> workers, int configuredWorkers) {
        this.workers = workers;
        restarts = Counter.builder().name("gold_worker_restarts").help("Worker processes restarted by the master")
                .register(registry);
        events = Counter.builder().name("gold_events").help("Site events (the same as alerted), by event")
                .labelNames("event").register(registry);
        for (String e : SiteEvents.ALL) {
            events.labelValues(e);
        }
        GaugeWithCallback.builder().name("gold_split_brain_guard")
                .help("State of the split-brain guard as last probed by a worker (off: one database host or no probe yet)")
                .labelNames("state").callback(cb -> GUARD_STATES.forEach(s -> cb.call(s.equals(guardState) ? 1 : 0, s)))
                .register(registry);
        GaugeWithCallback.builder().name("gold_workers_configured").help("Worker processes configured (server.workers)")
                .callback(cb -> cb.call(configuredWorkers)).register(registry);
        GaugeWithCallback.builder().name("gold_workers_running").help("Worker processes running now")
                .callback(cb -> cb.call(workers.get().stream().filter(w -> w.pid() != 0).count())).register(registry);
        registry.register(new MultiCollector() {
            @Override
            public MetricSnapshots collect() {
                return new MetricSnapshots(workerFigures().snapshots());
            }
        });
    }

    public void restarted() {
        restarts.inc();
    }

    void counted(String event) {
        events.labelValues(event).inc();
    }

    void guardState(String state) {
        guardState = state;
    }

    /** The sum over workers: retired counters, then each worker's latest figures (gauges only if it answered). */
    synchronized Figures workerFigures() {
        Figures sum = new Figures();
        for (WorkerView w : workers.get()) {
            long pid = w.pid();
            List<String> lines = pid == 0 ? null : w.scrape();
            Figures now = null;
            if (lines != null) {
                try {
                    now = Figures.parse(lines);
                } catch (RuntimeException e) {
                    LOG.warning("worker " + w.slot() + " sent unreadable figures: " + e.getMessage());
                }
            }
            Last before = last.get(w.slot());
            if (now != null) {
                if (before != null && before.pid() != pid) {
                    retired.add(before.figures().countersOnly(), true);
                }
                last.put(w.slot(), new Last(pid, now));
                sum.add(now, false);
            } else if (before != null) {
                sum.add(before.figures().countersOnly(), true); // keep its counts until its successor answers
            }
        }
        Figures total = new Figures();
        total.add(retired, true);
        total.add(sum, false);
        return total;
    }

    /** Serves {@code /metrics} on host:port. */
    public void serve(String host, int port) throws IOException {
        server = HTTPServer.builder().hostname(host).port(port).registry(registry).buildAndStart();
        LOG.info("Serving metrics on http://" + host + ":" + server.getPort() + "/metrics");
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
