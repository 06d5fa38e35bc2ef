package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
