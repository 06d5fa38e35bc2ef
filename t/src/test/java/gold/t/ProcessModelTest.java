package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The master/worker process model on the built tree: a worker killed in the middle of a write leaves
 * nothing of its request and is replaced; workers do not outlive a killed master; --status tells the
 * truth throughout.
 */
class ProcessModelTest {
    @Test
    void workerKilledMidWriteLeavesNothingAndIsReplaced() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1"))) {
            Path pauses = gold.pauseDirectory();
            gold.start();
            long master = gold.masterPid();
            long worker = onlyWorker(master);

            Files.writeString(pauses.resolve("before-commit.arm"), "");
            Thread client = Thread.ofVirtual().start(() -> {
                try {
                    gold.run("gmkuser", "-n", "Half Written", "zoe");
                } catch (Exception e) {
                    // the worker dies under it: whatever the client says, the database decides
                }
            });
            Path marker = pauses.resolve("before-commit." + worker);
            waitFor(() -> Files.exists(marker), Duration.ofSeconds(60), "worker to reach the pause point");
            new ProcessBuilder("kill", "-9", Long.toString(worker)).start().waitFor();
            client.join(Duration.ofSeconds(90));

            long replacement = waitForValue(() -> workers(master).stream().filter(p -> p != worker).findFirst(),
                    Duration.ofSeconds(60), "a replacement worker");
            assertNotEquals(worker, replacement);
            waitFor(() -> gold.run("glsuser", "zoe").exit() == 0, Duration.ofSeconds(60), "the new worker to answer");
            assertEquals("", gold.run("glsuser", "--quiet", "zoe").stdout(), "nothing of the killed request is stored");

            Installation.Result made = gold.run("gmkuser", "zoe");
            assertEquals("Successfully created 1 User\n", made.stdout(), made.toString());
            Installation.Result status = gold.run("goldd", "--status");
            assertTrue(status.stdout().contains(Long.toString(replacement)), status.toString());
            assertFalse(status.stdout().contains(" " + worker + "\n") || status.stdout().contains(" " + worker + " "), status.toString());
        }
    }

    @Test
    void workersDoNotOutliveAKilledMasterAndStartRecovers() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "2"))) {
            gold.start();
            long master = gold.masterPid();
            List<Long> workers = workers(master);
            assertEquals(2, workers.size(), "two workers: " + workers);

            new ProcessBuilder("kill", "-9", Long.toString(master)).start().waitFor();
            waitFor(() -> workers.stream().noneMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false)),
                    Duration.ofSeconds(30), "orphaned workers to exit");

            Installation.Result status = gold.run("goldd", "--status");
            assertEquals(3, status.exit(), status.toString());
            assertEquals("Gold is not running\n", status.stdout());

            gold.start();
            GoldClient client = gold.client();
            Response r = client.send(Request.builder("System", "Query").actor(Installation.admin()).build());
            assertEquals("000", r.code(), r.toString());
        }
    }

    @Test
    void stopLetsARequestInFlightFinish() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1"))) {
            Path pauses = gold.pauseDirectory();
            gold.start();
            long worker = onlyWorker(gold.masterPid());
            Files.writeString(pauses.resolve("before-commit.arm"), "");
            Installation.Result[] made = new Installation.Result[1];
            Thread client = Thread.ofVirtual().start(() -> {
                try {
                    made[0] = gold.run("gmkuser", "-n", "In Flight", "ida");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Path marker = pauses.resolve("before-commit." + worker);
            waitFor(() -> Files.exists(marker), Duration.ofSeconds(60), "the request to reach the pause point");

            Installation.Result[] stopped = new Installation.Result[1];
            Thread stopper = Thread.ofVirtual().start(() -> {
                try {
                    stopped[0] = gold.run("goldd", "--stop");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1500);
            assertTrue(ProcessHandle.of(worker).map(ProcessHandle::isAlive).orElse(false), "worker waits for its request");
            Files.delete(marker);
            client.join(Duration.ofSeconds(60));
            stopper.join(Duration.ofSeconds(60));
            assertEquals("Successfully created 1 User\n", made[0].stdout(), made[0].toString());
            assertEquals(0, stopped[0].exit(), stopped[0].toString());
            waitFor(() -> !ProcessHandle.of(worker).map(ProcessHandle::isAlive).orElse(false), Duration.ofSeconds(30),
                    "the worker to exit");

            gold.start();
            assertEquals(0, gold.run("glsuser", "ida").exit());
            assertTrue(gold.run("glsuser", "--quiet", "ida").stdout().startsWith("ida "), "the request committed");
        }
    }

    static long onlyWorker(long master) throws Exception {
        List<Long> ws = workers(master);
        assertEquals(1, ws.size(), "one worker: " + ws);
        return ws.get(0);
    }

    static List<Long> workers(long master) {
        return ProcessHandle.of(master).map(p -> p.children().map(ProcessHandle::pid).toList()).orElse(List.of());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(Check check, Duration limit, String what) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    interface Probe<T> {
        Optional<T> get() throws Exception;
    }

    static <T> T waitForValue(Probe<T> probe, Duration limit, String what) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

}
