package gold.server.process;

import gold.server.ServerPaths;
import gold.server.ServerSettings;
import gold.server.metrics.SiteEvents;
import gold.server.metrics.SiteMetrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The master's handle on one worker JVM: launch, readiness, back-off restart, graceful stop. After
 * "READY" the worker's stdout stays a report channel (gold.server.metrics.WorkerReports): one reader
 * thread per process hands figures answers to {@link #scrape()} and every other line to the site events.
 */
final class WorkerProcess implements SiteMetrics.WorkerView {
    private static final Logger LOG = Logger.getLogger(WorkerProcess.class.getName());
    private static final Duration READY_WAIT = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** How long a scrape waits for a worker's figures before leaving it out. */
    private static final Duration SCRAPE_WAIT = Duration.ofSeconds(3);

    private final ServerPaths paths;
    private final ServerSettings settings;
    private final int slot;
    private final String screenLevel;
    private volatile Process process;
    private Instant startedAt = Instant.EPOCH;
    private Duration backoff = Duration.ofSeconds(1);
    private final SiteEvents events;
    private volatile CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private final AtomicLong scrapes = new AtomicLong();
    private volatile String awaited = "";
    private volatile CompletableFuture<List<String>> answer = new CompletableFuture<>();

    WorkerProcess(ServerPaths paths, ServerSettings settings, int slot, String screenLevel, SiteEvents events) {
        this.paths = paths;
        this.settings = settings;
        this.slot = slot;
        this.screenLevel = screenLevel;
        this.events = events;
    }

    void start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(GolddJvm.java(), "-Xmx" + settings.workerHeap(), "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", // the SQLite driver loads its native library
                "-XX:+ExitOnOutOfMemoryError", "-Dgold.home=" + paths.home(), "-Dgold.version=" + GolddJvm.VERSION, "-Dgold.class.path=" + paths.classPath()));
        cmd.addAll(GolddJvm.passThroughProperties());
        if (!screenLevel.isEmpty()) {
            cmd.add("-Dgold.debug.level=" + screenLevel);
        }
        cmd.addAll(List.of("-cp", paths.classPath(), GolddJvm.MAIN_CLASS, "--worker", Integer.toString(slot)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(paths.home().toFile());
        pb.redirectError(screenLevel.isEmpty()
                ? ProcessBuilder.Redirect.appendTo(paths.consoleLog().toFile()) : ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("GOLD_HOME", paths.home().toString());
        process = pb.start();
        startedAt = Instant.now();
        ready = new CompletableFuture<>();
        Process p = process;
        CompletableFuture<Boolean> r = ready;
        Thread.ofVirtual().name("worker-" + slot + "-reports").start(() -> readReports(p, r));
        LOG.info("Started worker " + slot + " Pid (" + process.pid() + ")");
    }

    /** Reads the worker's stdout for its life: READY, then figures answers and reports. */
    private void readReports(Process p, CompletableFuture<Boolean> isReady) {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> block = null;
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (block != null) {
                    if (line.equals("END " + awaited)) {
                        answer.complete(block);
                        block = null;
                    } else if (line.startsWith("END ")) {
                        block = null; // the answer to a scrape that gave up waiting
                    } else {
                        block.add(line);
                    }
                } else if (line.startsWith("READY")) {
                    isReady.complete(true);
                } else if (line.startsWith("METRICS ")) {
                    block = new ArrayList<>();
                } else {
                    events.workerReport(slot, line);
                }
            }
        } catch (IOException e) {
            // the worker died; awaitReady or the supervisor reports that
        } finally {
            isReady.complete(false);
        }
    }

    @Override
    public int slot() {
        return slot;
    }

    @Override
    public long pid() {
        Process p = process;
        return p != null && p.isAlive() && ready.getNow(false) ? p.pid() : 0;
    }

    /** Asks the worker for its figures over its stdin pipe; null when it does not answer in time. */
    @Override
    public synchronized List<String> scrape() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return null;
        }
        String id = Long.toString(scrapes.incrementAndGet());
        answer = new CompletableFuture<>();
        awaited = id;
        try {
            OutputStream in = p.getOutputStream();
            in.write(("SCRAPE " + id + "\n").getBytes(StandardCharsets.US_ASCII));
            in.flush();
            return answer.get(SCRAPE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.fine("worker " + slot + " gave no figures: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits for the worker's "READY" line (it has opened the database and bound the port). */
    void awaitReady() throws IOException, InterruptedException {
        boolean isReady;
        try {
            isReady = ready.get(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            isReady = false;
        }
        // only the READY line counts: a failing worker may still look alive a moment after its stdout closed
        if (!isReady) {
            String why;
            if (ready.isDone() && process.waitFor(5, TimeUnit.SECONDS)) {
                why = " (exit " + process.exitValue() + ")";
            } else {
                process.destroyForcibly(); // hung before READY: it would hold its slot forever
                why = " within " + READY_WAIT.toSeconds() + " s";
            }
            throw new IOException("worker " + slot + " did not become ready" + why + "; see " + paths.workerLog(slot));
        }
        if (!process.isAlive()) {
            throw new IOException("worker " + slot + " exited right after it was ready (exit " + process.exitValue()
                    + "); see " + paths.workerLog(slot));
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void restartAfterBackoff() throws InterruptedException {
        if (Duration.between(startedAt, Instant.now()).compareTo(Duration.ofMinutes(1)) > 0) {
            backoff = Duration.ofSeconds(1); // it ran a while: this death is not part of a crash loop
        }
        long oldPid = process.pid();
        int status = process.exitValue();
        LOG.warning("Worker " + slot + " Pid (" + oldPid + ") exited with status " + status
                + "; restarting in " + backoff.toSeconds() + " s");
        events.workerRestarting();
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        try {
            start();
            awaitReady();
            events.workerReplaced("worker " + slot + " Pid (" + oldPid + ") exited with status " + status
                    + "; replaced by Pid (" + process.pid() + ")");
        } catch (IOException e) {
            LOG.severe("Worker " + slot + " restart failed: " + e.getMessage());
        }
    }

    /** Closing the worker's stdin tells it to stop accepting and finish its requests in flight. */
    void beginStop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            process.destroy();
        }
    }

    void stop() {
        beginStop();
        awaitStop(settings.shutdownTimeout().plusSeconds(5));
    }

    void awaitStop(Duration limit) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("Worker " + slot + " did not stop in time; killing it");
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
