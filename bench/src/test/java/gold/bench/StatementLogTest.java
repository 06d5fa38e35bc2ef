package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementLogTest {
    private static final String LOG = String.join("\n",
            "2026-11-22 07:02:59.001 UTC [41] LOG:  duration: 0.010 ms  parse <unnamed>: SELECT g_active FROM g_user",
            "\tWHERE g_name = $1 AND g_id = $2",
            "2026-11-22 07:02:59.002 UTC [41] LOG:  duration: 0.020 ms  bind <unnamed>: SELECT g_active FROM g_user",
            "\tWHERE g_name = $1 AND g_id = $2",
            "2026-11-22 07:02:59.002 UTC [41] DETAIL:  parameters: $1 = 'o''brien', $2 = '12'",
            "2026-11-22 07:02:59.003 UTC [41] LOG:  duration: 0.100 ms  execute <unnamed>: SELECT g_active FROM g_user",
            "\tWHERE g_name = $1 AND g_id = $2",
            "2026-11-22 07:02:59.003 UTC [41] DETAIL:  parameters: $1 = 'o''brien', $2 = '12'",
            "2026-11-22 07:02:59.004 UTC [41] LOG:  duration: 0.050 ms  execute S_1: COMMIT",
            "2026-11-22 07:02:59.005 UTC [77] LOG:  duration: 0.300 ms  execute <unnamed>: SELECT 1",
            "2026-11-22 07:02:59.006 UTC [12] LOG:  received SIGHUP, reloading configuration files",
            "");

    @Test
    void statementsAreGroupedByBackendWithParametersWrittenIn() {
        Map<Long, List<StatementLog.Statement>> byPid = StatementLog.parse(LOG);
        assertEquals(2, byPid.size());
        List<StatementLog.Statement> main = StatementLog.busiest(byPid);
        assertEquals(2, main.size());
        assertEquals("SELECT g_active FROM g_user WHERE g_name = 'o''brien' AND g_id = '12'", main.get(0).literal());
        assertEquals(0.13, main.get(0).millis(), 1e-9, "parse + bind + execute");
        assertEquals("COMMIT", main.get(1).literal());
    }

    @Test
    void wholeTableReadsAreToldApartFromKeyedOnes() {
        assertTrue(TargetsWriter.readsWholeTable(
                "SELECT g_id, g_account FROM g_allocation WHERE COALESCE(g_deleted, 'False') <> 'True' ORDER BY g_id"));
        assertFalse(TargetsWriter.readsWholeTable(
                "SELECT g_active FROM g_user WHERE g_name = 'amy' AND COALESCE(g_deleted, 'False') <> 'True'"));
        assertEquals("g_allocation", TargetsWriter.table("SELECT a FROM g_allocation WHERE x"));
    }
}
