package gold.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** The master's handle on one worker JVM: launch, readiness, back-off restart, graceful stop. */
final class WorkerProcess {
    private static final Logger LOG = Logger.getLogger(WorkerProcess.class.getName());
    private static final Duration READY_WAIT = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ServerPaths paths;
    private final ServerSettings settings;
    private final int slot;
    private final String screenLevel;
    private Process process;
    private Instant startedAt = Instant.EPOCH;
    private Duration backoff = Duration.ofSeconds(1);

    WorkerProcess(ServerPaths paths, ServerSettings settings, int slot, String screenLevel) {
        this.paths = paths;
        this.settings = settings;
        this.slot = slot;
        this.screenLevel = screenLevel;
    }

    void start() throws IOException {
        String java = System.getProperty("gold.java", ProcessHandle.current().info().command().orElse("java"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + settings.workerHeap(), "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", // the SQLite driver loads its native library
                "-XX:+ExitOnOutOfMemoryError", "-Dgold.home=" + paths.home(), "-Dgold.version=" + Goldd.VERSION, "-Dgold.class.path=" + paths.classPath()));
        cmd.addAll(Master.passThroughProperties());
        if (!screenLevel.isEmpty()) {
            cmd.add("-Dgold.debug.level=" + screenLevel);
        }
        cmd.addAll(List.of("-cp", paths.classPath(), "gold.server.Goldd", "--worker", Integer.toString(slot)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(paths.home().toFile());
        pb.redirectError(screenLevel.isEmpty()
                ? ProcessBuilder.Redirect.appendTo(paths.consoleLog().toFile()) : ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("GOLD_HOME", paths.home().toString());
        process = pb.start();
        startedAt = Instant.now();
        LOG.info("Started worker " + slot + " Pid (" + process.pid() + ")");
    }

    /** Waits for the worker's "READY" line (it has opened the database and bound the port). */
    void awaitReady() throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        AtomicBoolean ready = new AtomicBoolean();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY")) {
                        ready.set(true);
                        break;
                    }
                }
            } catch (IOException e) {
                // the worker died before it was ready; awaitReady reports that
            }
        });
        reader.join(READY_WAIT.toMillis());
        // only the READY line counts: a failing worker may still look alive a moment after its stdout closed
        if (!ready.get()) {
            reader.interrupt();
            String why;
            if (!reader.isAlive() && process.waitFor(5, TimeUnit.SECONDS)) {
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
        LOG.warning("Worker " + slot + " Pid (" + process.pid() + ") exited with status " + process.exitValue()
                + "; restarting in " + backoff.toSeconds() + " s");
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        try {
            start();
            awaitReady();
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
