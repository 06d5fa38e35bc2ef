package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** goldd's daemon control on the built tree: foreground refusal next to a daemon. */
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
}
