package gold.server.metrics;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alert command never blocks its caller, runs events one at a time in order, and is bounded and logged. */
class AlertCommandTest {
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (warnings) {
                warnings.add(r.getLevel() + " " + r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Test
    void eventsRunInOrderWithTheirEnvironmentAndTheCallerNeverWaits() throws Exception {
        Path dir = Files.createTempDirectory("alert-test");
        Path record = dir.resolve("record");
        // each run is slow, and the first one slowest: a parallel or reordered run would show in the record
        String command = "[ \"$GOLD_ALERT_SEQUENCE\" = 1 ] && sleep 1; sleep 0.2; echo \"$GOLD_ALERT_SEQUENCE $GOLD_ALERT_EVENT"
                + " $GOLD_ALERT_HOST $GOLD_ALERT_TIME $GOLD_ALERT_DETAIL\" >> " + record;
        AlertCommand alerts = new AlertCommand(command, Duration.ofSeconds(10), "head1");
        long t0 = System.nanoTime();
        Instant when = Instant.parse("2026-01-02T03:04:05Z");
        for (int i = 1; i <= 4; i++) {
            alerts.submit("event" + i, "detail with spaces; and $(no expansion) " + i, when);
        }
        assertTrue(System.nanoTime() - t0 < 500_000_000L, "submitting returns at once");
        waitFor(() -> Files.exists(record) && Files.readAllLines(record).size() == 4);
        List<String> lines = Files.readAllLines(record);
        for (int i = 1; i <= 4; i++) {
            assertEquals(i + " event" + i + " head1 2026-01-02T03:04:05Z detail with spaces; and $(no expansion) " + i,
                    lines.get(i - 1));
        }
        alerts.close();
    }

    @Test
    void aHangingCommandIsKilledAtItsTimeoutAndAFailingOneIsLogged() throws Exception {
        Logger log = Logger.getLogger(AlertCommand.class.getName());
        log.addHandler(capture);
        try {
            Path dir = Files.createTempDirectory("alert-test");
            Path after = dir.resolve("after");
            String command = "case $GOLD_ALERT_EVENT in hang) sleep 60;; fail) echo broken mail relay; exit 3;;"
                    + " *) touch " + after + ";; esac";
            AlertCommand alerts = new AlertCommand(command, Duration.ofSeconds(1), "head1");
            long t0 = System.nanoTime();
            alerts.submit("hang", "", Instant.now());
            alerts.submit("fail", "", Instant.now());
            alerts.submit("ok", "", Instant.now());
            waitFor(() -> Files.exists(after));
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "the hanging run did not hold the queue for long");
            synchronized (warnings) {
                assertTrue(warnings.stream().anyMatch(w -> w.startsWith("WARNING Alert command for hang killed after 1 s")),
                        warnings.toString());
                assertTrue(warnings.stream().anyMatch(w -> w.startsWith("WARNING Alert command for fail failed with status 3")
                        && w.contains("broken mail relay")), warnings.toString());
            }
            alerts.close();
        } finally {
            log.removeHandler(capture);
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!check.ok()) {
            assertTrue(System.nanoTime() < until, "timed out");
            Thread.sleep(50);
        }
    }
}
