package gold.server.process;

import gold.protocol.GoldConfig;
import gold.server.ServerPaths;
import gold.server.ServerSettings;
import gold.server.log.RotatingLog;
import gold.server.metrics.ObservabilitySettings;
import gold.server.metrics.SiteEvents;
import gold.server.metrics.SiteMetrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The master process: launches {@code server.workers} worker JVMs that share the port, writes the pid
 * file once every worker is ready, replaces any worker that dies (with back-off), and on SIGTERM stops
 * them gracefully. Workers hold a pipe from the master on their stdin and exit when it closes, so they
 * never outlive a master that was killed.
 */
public final class Master {
    private static final Logger LOG = Logger.getLogger(Master.class.getName());
    private final ServerPaths paths;
    private final ServerSettings settings;
    private final List<WorkerProcess> workers = new ArrayList<>();
    private final ObservabilitySettings observability;
    private final SiteMetrics metrics;
    private final SiteEvents events;
    private volatile boolean stopping;

    private Master(ServerPaths paths, ServerSettings settings, ObservabilitySettings observability) {
        this.paths = paths;
        this.settings = settings;
        this.observability = observability;
        this.metrics = new SiteMetrics(() -> List.copyOf(workers), settings.workers());
        this.events = new SiteEvents(metrics, observability.alertCommand(), observability.alertTimeout());
    }

    /** Exit status of a master refused because another one runs (classic goldd's start refusal). */
    static final int ALREADY_RUNNING = 255;

    public static int run(ServerPaths paths, boolean foreground, String level) {
        // Workers bind with SO_REUSEPORT, so a second master would silently share the port and take over
        // the pid file: refuse before anything starts (goldd -d bypasses DaemonControl's own check).
        Optional<ProcessHandle> running = new PidFile(paths.pidFile()).live()
                .filter(p -> p.pid() != ProcessHandle.current().pid());
        if (running.isPresent()) {
            System.err.println("Gold Pid (" + running.get().pid() + ") is already running");
            System.err.println("Not starting a second server on the same port; stop it first with goldd --stop.");
            return ALREADY_RUNNING;
        }
        try {
            RotatingLog.install(paths.masterLog(), RotatingLog.level(level), foreground);
            GoldConfig conf = GoldConfig.load(paths.goldddConf());
            Master master = new Master(paths, ServerSettings.from(conf), ObservabilitySettings.from(conf));
            return master.serve(foreground ? level : "");
        } catch (IOException e) {
            System.err.println("Unable to open config file (" + paths.goldddConf() + "): " + e.getMessage() + ".");
            System.err.println("You may need to set the $GOLD_HOME environment variable.");
            return 2;
        }
    }

    private int serve(String screenLevel) {
        long pid = ProcessHandle.current().pid();
        PidFile pidFile = new PidFile(paths.pidFile());
        LOG.info("Starting Gold master Pid (" + pid + ") on port " + settings.port() + " with " + settings.workers() + " workers");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(pidFile, pid), "goldd-shutdown"));
        try {
            for (int slot = 1; slot <= settings.workers(); slot++) {
                WorkerProcess w = new WorkerProcess(paths, settings, slot, screenLevel, events);
                workers.add(w);
                w.start();
            }
            for (WorkerProcess w : workers) {
                w.awaitReady();
            }
            serveMetrics();
            pidFile.write(pid);
            LOG.info("Gold is ready on port " + settings.port());
            if (!screenLevel.isEmpty()) {
                System.out.println("Starting Gold Pid (" + pid + ")");
            }
            supervise();
            return 0;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Gold failed to start: " + e.getMessage(), e);
            System.err.println("Gold failed to start: " + e.getMessage());
            stopping = true;
            workers.forEach(WorkerProcess::stop);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Starts /metrics when configured; a port that cannot be bound is logged and goldd serves on without it. */
    private void serveMetrics() {
        if (!observability.metricsOn()) {
            return;
        }
        try {
            metrics.serve(observability.metricsHost(), observability.metricsPort());
        } catch (IOException | RuntimeException e) {
            LOG.severe("Cannot serve metrics on " + observability.metricsHost() + ":" + observability.metricsPort()
                    + ": " + e.getMessage() + "; goldd runs without /metrics");
        }
    }

    /** Replaces dead workers until shutdown; back-off doubles per quick death, up to 30 s. */
    private void supervise() throws InterruptedException {
        while (!stopping) {
            for (WorkerProcess w : workers) {
                if (!stopping && !w.isAlive()) {
                    w.restartAfterBackoff();
                }
            }
            Thread.sleep(200);
        }
    }

    private void shutdown(PidFile pidFile, long pid) {
        stopping = true;
        LOG.info("Stopping Gold master Pid (" + pid + ")");
        workers.forEach(WorkerProcess::beginStop);
        for (WorkerProcess w : workers) {
            w.awaitStop(settings.shutdownTimeout().plusSeconds(5));
        }
        metrics.close();
        events.close();
        pidFile.removeIfOwnedBy(pid);
        LOG.info("Gold stopped");
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }
}
