package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
}
