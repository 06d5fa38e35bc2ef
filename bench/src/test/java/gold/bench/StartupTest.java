package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {
    @Test
    void classesOutsideTheArchiveAreCountedBySource() {
        List<String> lines = List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.020s][info][class,load] java.net.http.HttpClient source: jrt:/java.net.http",
                "[0.021s][info][class,load] gold.client.Render source: file:/opt/gold/lib/gold-client.jar",
                "[0.022s][info][class,load] gold.client.Other source: file:/opt/gold/lib/gold-client.jar",
                "[0.023s][info][class,load] java.lang.invoke.LambdaForm$MH/0x1 source: __JVM_LookupDefineClass__");
        assertEquals("gold-client.jar 2, generated at run time 1, jrt:/java.net.http 1", Startup.notShared(lines));
    }

    @Test
    void theArchiveMustBeUsedWithTheCacheAndUnusedWithout() {
        assertTrue(new Startup.CacheUse("gcharge", true, 900, 1000, "").asIntended());
        assertFalse(new Startup.CacheUse("gcharge", true, 400, 1000, "").asIntended(), "mostly loaded elsewhere");
        assertTrue(new Startup.CacheUse("gcharge", false, 0, 1000, "").asIntended());
        assertFalse(new Startup.CacheUse("gcharge", false, 3, 1000, "").asIntended(), "-Xshare:off left an archive on");
        assertFalse(new Startup.CacheUse("gcharge", false, 0, 0, "").asIntended(), "no log proves nothing");
    }

    private static Startup.Timing timing(boolean cache, long wallMs, long cpuMs) {
        Latencies wall = new Latencies();
        Latencies cpu = new Latencies();
        wall.add(wallMs * 1_000_000);
        cpu.add(cpuMs * 1_000_000);
        return new Startup.Timing("gbalance -u amy", cache, wall, cpu, 0, "");
    }

    @Test
    void aSlowerWallTimeWithLessCpuIsToldAsWaiting() {
        String note = TargetsWriter.cacheNote(timing(true, 412, 120), timing(false, 336, 200));
        assertTrue(note.contains("saves 80 ms of CPU") && note.contains("extra 76 ms are not start-up work"), note);
        assertTrue(TargetsWriter.cacheNote(timing(true, 200, 100), timing(false, 300, 190)).contains("saves 100 ms of wall time"));
        assertTrue(TargetsWriter.cacheNote(timing(true, 400, 220), timing(false, 300, 190)).contains("saves nothing"));
    }

    @Test
    void aChildsCpuTimeIsMeasured() throws Exception {
        Shell.Result r = Shell.run(List.of("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"), "", Map.of(), null, 60);
        assertEquals(0, r.exit());
        assertTrue(r.cpuSeconds() > 0.05 && r.cpuSeconds() <= r.nanos() / 1e9 * 2 + 0.02, "cpu " + r.cpuSeconds() + " s");
    }
}
