package gold.server.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * The site's alert command ({@code server.alert.command}), run like a Pacemaker alert agent: once per
 * event through {@code /bin/sh -c}, with the event in its environment (GOLD_ALERT_EVENT, _TIME, _HOST,
 * _DETAIL, _SEQUENCE). Runs are serialized on one thread, so events arrive in order, and never block the
 * caller; each run is killed after {@code server.alert.timeout}; a failure or a full queue is logged.
 */
final class AlertCommand implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AlertCommand.class.getName());
    private static final int QUEUE = 256;
    private static final int OUTPUT_KEPT = 2000;
    private final String command;
    private final Duration timeout;
    private final String host;
    private final AtomicLong sequence = new AtomicLong();
    private final ThreadPoolExecutor runner;

    AlertCommand(String command, Duration timeout, String host) {
        this.command = command;
        this.timeout = timeout;
        this.host = host;
        this.runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "gold-alerts");
            t.setDaemon(true);
            return t;
        }, (r, pool) -> LOG.severe("Alert queue full (" + QUEUE + " events waiting): an alert was dropped"));
    }

    /** Queues one run of the command for this event; returns at once. */
    void submit(String event, String detail, Instant time) {
        long n = sequence.incrementAndGet();
        runner.execute(() -> run(event, detail, time, n));
    }

    private void run(String event, String detail, Instant time, long n) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        var env = pb.environment();
        env.put("GOLD_ALERT_EVENT", event);
        env.put("GOLD_ALERT_TIME", time.toString());
        env.put("GOLD_ALERT_HOST", host);
        env.put("GOLD_ALERT_DETAIL", detail);
        env.put("GOLD_ALERT_SEQUENCE", Long.toString(n));
        try {
            Process p = pb.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> keep(p.getInputStream(), output));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                LOG.warning("Alert command for " + event + " killed after " + timeout.toSeconds() + " s: " + command);
                return;
            }
            reader.join(1000);
            String out;
            synchronized (output) {
                out = output.toString(StandardCharsets.UTF_8).strip();
            }
            if (p.exitValue() != 0) {
                LOG.warning("Alert command for " + event + " failed with status " + p.exitValue() + ": " + command
                        + (out.isEmpty() ? "" : "; output: " + out));
            } else {
                LOG.fine("Alert command ran for " + event);
            }
        } catch (IOException e) {
            LOG.warning("Alert command for " + event + " could not run: " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the first part of the command's output for the log and discards the rest. */
    private static void keep(InputStream in, ByteArrayOutputStream into) {
        byte[] buf = new byte[1024];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (into) {
                    if (into.size() < OUTPUT_KEPT) {
                        into.write(buf, 0, Math.min(n, OUTPUT_KEPT - into.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the command ended or was killed
        }
    }

    /** Lets queued alerts run for a short while (on shutdown), then gives up on the rest. */
    @Override
    public void close() {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(Math.min(timeout.toMillis(), 5000), TimeUnit.MILLISECONDS)) {
                LOG.warning("Alert commands still queued at shutdown were not run");
                runner.shutdownNow();
            }
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
