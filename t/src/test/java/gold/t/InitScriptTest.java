package gold.t;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SysV init script drives goldd (start, status, stop, restart); the systemd unit verifies. */
class InitScriptTest {
    @Test
    void initScriptStartsReportsAndStopsTheServer() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            gold.environment("GOLD_USER", Installation.admin());
            String script = gold.home().resolve("etc/gold.d").toString();

            Installation.Result start = gold.runAsInvoker(script, "start");
            assertEquals(0, start.exit(), start.toString());
            assertTrue(start.stdout().startsWith("Starting gold: "), start.toString());

            Installation.Result status = gold.runAsInvoker(script, "status");
            assertEquals(0, status.exit(), status.toString());
            assertTrue(status.stdout().contains("is running"), status.toString());
            long first = gold.masterPid();

            Installation.Result restart = gold.runAsInvoker(script, "restart");
            assertEquals(0, restart.exit(), restart.toString());
            assertTrue(gold.masterPid() != first, "restart gives a new master");

            Installation.Result stop = gold.runAsInvoker(script, "stop");
            assertEquals(0, stop.exit(), stop.toString());
            Installation.Result after = gold.runAsInvoker(script, "status");
            assertEquals(3, after.exit(), after.toString());
            assertEquals("Gold is not running\n", after.stdout());

            Installation.Result usage = gold.runAsInvoker(script, "frob");
            assertEquals(1, usage.exit());
            assertTrue(usage.stdout().startsWith("Usage: "), usage.toString());
        }
    }

    /**
     * A goldd that fails (its database is unreachable) runs once, its error reaches the caller and so
     * does its status, both through runuser and through su (PATH without /usr/sbin, as on a system
     * lacking runuser); with the database fixed, su starts and stops it too.
     */
    @ParameterizedTest(name = "PATH={0}")
    @ValueSource(strings = {"/usr/sbin:/usr/bin:/sbin:/bin", "/usr/bin:/bin"})
    void aFailingGolddRunsOnceAndItsErrorIsShown(String path) throws Exception {
        try (Installation gold = Installation.create(Map.of("database.datasource", "jdbc:postgresql://127.0.0.1:1/gold",
                "database.connect.timeout", "1"))) {
            gold.environment("GOLD_USER", Installation.admin());
            String script = gold.home().resolve("etc/gold.d").toString();
            boolean viaSu = !path.contains("sbin");

            Installation.Result start = gold.runAsInvoker("env", "PATH=" + path, script, "start");
            assertEquals(1, start.exit(), start.toString());
            assertTrue(start.stderr().contains("Gold failed to start"), "goldd's own error is shown: " + start);
            assertEquals(1, count(gold.log(), "Starting Gold master Pid"), "goldd ran exactly once:\n" + gold.log());

            if (viaSu) {
                Path conf = gold.home().resolve("etc/goldd.conf");
                Files.writeString(conf, Files.readString(conf).replaceAll("(?m)^database\\..*$", ""));
                Installation.Result ok = gold.runAsInvoker("env", "PATH=" + path, script, "start");
                assertEquals(0, ok.exit(), ok.toString());
                assertTrue(ok.stdout().contains("Starting Gold Pid ("), ok.toString());
                Installation.Result stop = gold.runAsInvoker("env", "PATH=" + path, script, "stop");
                assertEquals(0, stop.exit(), stop.toString());
                assertTrue(stop.stdout().contains("Killing goldd Pid ("), stop.toString());
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void systemdUnitVerifies() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        try (Installation gold = Installation.create(Map.of())) {
            Path unit = gold.home().resolve("etc/goldd.service");
            String text = Files.readString(unit);
            assertTrue(text.contains("Type=forking") && text.contains("PIDFile=") && text.contains("sbin/goldd --start")
                    && text.contains("sbin/goldd --stop") && !text.contains("@"), text);
            if (Files.isExecutable(analyze)) {
                Installation.Result r = gold.runAsInvoker(analyze.toString(), "verify", unit.toString());
                assertEquals(0, r.exit(), r.toString());
            }
        }
    }
}
