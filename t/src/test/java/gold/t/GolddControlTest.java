package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** goldd's daemon control on the built tree: foreground refusal next to a daemon, a truthful --status. */
class GolddControlTest {
    private static final Request QUERY = Request.builder("System", "Query").actor(Installation.admin()).build();

    @Test
    void debugModeNextToARunningDaemonRefusesAndLeavesItAlone() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1"))) {
            gold.start();
            long master = gold.masterPid();
            List<Long> workers = ProcessModelTest.workers(master);
            String pidFile = Files.readString(gold.home().resolve("etc/gold.pid"));

            Installation.Result debug = gold.run("goldd", "-d", "INFO");
            assertEquals(255, debug.exit(), debug.toString());
            assertTrue(debug.stderr().startsWith("Gold Pid (" + master + ") is already running\n"), debug.toString());
            assertTrue(debug.stderr().contains("goldd --stop"), debug.toString());

            assertEquals(pidFile, Files.readString(gold.home().resolve("etc/gold.pid")), "the pid file is untouched");
            assertEquals(workers, ProcessModelTest.workers(master), "the daemon's workers are untouched");
            Response r = gold.client().send(QUERY);
            assertEquals("000", r.code(), r.toString());
        }
    }

    @Test
    void statusTellsAMasterWithoutWorkersAsDegraded() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1"))) {
            gold.start();
            long master = gold.masterPid();
            Installation.Result healthy = gold.run("goldd", "--status");
            assertEquals(0, healthy.exit(), healthy.toString());
            assertTrue(healthy.stdout().startsWith("Gold Pid (" + master + ") is running\n"), healthy.toString());

            // replacements cannot open their database, so the master is left without workers
            Path conf = gold.home().resolve("etc/goldd.conf");
            String good = Files.readString(conf);
            Files.writeString(conf, good + "database.datasource = jdbc:postgresql://127.0.0.1:1/gold\n"
                    + "database.connect.timeout = 1\n");
            long worker = ProcessModelTest.onlyWorker(master);
            new ProcessBuilder("kill", "-9", Long.toString(worker)).start().waitFor();

            Installation.Result[] seen = new Installation.Result[1];
            ProcessModelTest.waitFor(() -> {
                seen[0] = gold.run("goldd", "--status");
                return seen[0].stdout().contains("workers:  none");
            }, Duration.ofSeconds(30), "--status to see no workers");
            Installation.Result degraded = seen[0];
            assertEquals(150, degraded.exit(), degraded.toString());
            assertTrue(degraded.stdout().startsWith("Gold Pid (" + master + ") is running but degraded (no workers; port "
                    + gold.port() + " not answering)\n"), degraded.toString());
            assertEquals(150, gold.runAsInvoker(gold.home().resolve("etc/gold.d").toString(), "status").exit(),
                    "the init script passes the status on");

            Files.writeString(conf, good);
            ProcessModelTest.waitFor(() -> gold.run("goldd", "--status").exit() == 0, Duration.ofSeconds(60),
                    "a replacement worker once the database is back");
            assertEquals(master, gold.masterPid(), "the same master recovered");
            assertEquals("000", gold.client().send(QUERY).code());
        }
    }

    @Test
    void restartGivesANewMasterThatServes() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "2"))) {
            gold.start();
            long before = gold.masterPid();
            List<Long> oldWorkers = ProcessModelTest.workers(before);
            assertEquals(2, oldWorkers.size(), oldWorkers.toString());

            Installation.Result restart = gold.run("goldd", "--restart");
            assertEquals(0, restart.exit(), restart.toString());
            long after = gold.masterPid();
            assertTrue(after != before, "a new master: " + restart);
            assertEquals("Killing goldd Pid (" + before + ")\nStarting Gold Pid (" + after + ")\n", restart.stdout());
            assertTrue(ProcessHandle.of(before).map(h -> !h.isAlive()).orElse(true), "the old master is gone");
            for (long w : oldWorkers) {
                assertTrue(ProcessHandle.of(w).map(h -> !h.isAlive()).orElse(true), "old worker " + w + " is gone");
            }
            List<Long> newWorkers = ProcessModelTest.workers(after);
            assertEquals(2, newWorkers.size(), newWorkers.toString());
            assertEquals("000", gold.client().send(QUERY).code());
            Installation.Result status = gold.run("goldd", "--status");
            assertEquals(0, status.exit(), status.toString());
            assertTrue(status.stdout().startsWith("Gold Pid (" + after + ") is running\n"), status.toString());
        }
    }

    /** Log lines of the master: "2026-12-03 08:50:05.149 WARN  WorkerProcess  Worker 1 ... restarting in 1 s". */
    private static final Pattern LOG_LINE = Pattern.compile(
            "(?m)^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\S+\\s+WorkerProcess\\s+"
                    + "(?:Worker 1 Pid \\(\\d+\\) exited with status \\d+; restarting in (\\d+) s|(Started worker 1 Pid))");

    @Test
    void aWorkerThatKeepsDyingIsRestartedWithADoublingBackOff() throws Exception {
        try (Installation gold = Installation.create(Map.of("server.workers", "1"))) {
            gold.start();
            long master = gold.masterPid();
            Path conf = gold.home().resolve("etc/goldd.conf");
            String good = Files.readString(conf);
            Files.writeString(conf, good + "database.datasource = jdbc:postgresql://127.0.0.1:1/gold\n"
                    + "database.connect.timeout = 1\n");
            new ProcessBuilder("kill", "-9", Long.toString(ProcessModelTest.onlyWorker(master))).start().waitFor();
            Path log = gold.home().resolve("log/goldd.log");
            List<long[]> restarts = new ArrayList<>(); // {announced back-off s, ms until the next start}
            ProcessModelTest.waitFor(() -> {
                restarts.clear();
                restarts.addAll(restarts(Files.readString(log)));
                return restarts.size() >= 3;
            }, Duration.ofSeconds(60), "three restarts");
            Files.writeString(conf, good);
            System.out.println("back-off (announced s, waited ms): "
                    + restarts.stream().map(r -> r[0] + "/" + r[1]).toList());
            assertEquals(List.of(1L, 2L, 4L), restarts.stream().limit(3).map(r -> r[0]).toList(), "back-off doubles");
            for (long[] r : restarts) {
                // the master sleeps the back-off then starts the worker; its supervision loop polls every 200 ms
                assertTrue(r[1] >= r[0] * 1000 - 50 && r[1] <= r[0] * 1000 + 1500, "waited " + r[1] + " ms for " + r[0] + " s");
            }
            ProcessModelTest.waitFor(() -> gold.run("goldd", "--status").exit() == 0, Duration.ofSeconds(60),
                    "a worker once the database is back");
            assertEquals("000", gold.client().send(QUERY).code());
        }
    }

    /** Each "restarting in N s" line with the milliseconds until the following "Started worker" line. */
    private static List<long[]> restarts(String log) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
        List<long[]> out = new ArrayList<>();
        Matcher m = LOG_LINE.matcher(log);
        long announced = -1;
        LocalDateTime at = null;
        while (m.find()) {
            LocalDateTime t = LocalDateTime.parse(m.group(1), f);
            if (m.group(2) != null) {
                announced = Long.parseLong(m.group(2));
                at = t;
            } else if (at != null) {
                out.add(new long[]{announced, Duration.between(at, t).toMillis()});
                at = null;
            }
        }
        return out;
    }
}
