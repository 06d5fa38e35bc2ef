package gold.bench;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayScriptTest {
    private static StatementLog.Statement sql(String text) {
        return new StatementLog.Statement(text, Map.of(), 0.01);
    }

    private static final List<StatementLog.Statement> RESERVE = List.of(
            sql("BEGIN"),
            sql("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Job'"),
            sql("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Job'"),
            sql("INSERT INTO g_job (g_id, g_job_id, g_charge) VALUES ('20000007', 'ceiling.5', '0')"),
            sql("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction'"),
            sql("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"),
            sql("SELECT pg_advisory_xact_lock('-77')"),
            sql("INSERT INTO g_transaction (g_id, g_job_id, g_amount) VALUES ('30000100', 'ceiling.5', '20000007x')"),
            sql("COMMIT"));
    private static final List<StatementLog.Statement> CHARGE = List.of(
            sql("BEGIN"),
            sql("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Metadata'"),
            sql("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction'"),
            sql("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"),
            sql("UPDATE g_job SET g_stage = 'Charge', g_transaction_id = '30000101' WHERE g_id = '20000007' AND g_job_id = 'ceiling.5'"),
            sql("SELECT 1 FROM g_transaction WHERE g_id = '30000100'"),
            sql("COMMIT"));

    private static Map<String, Long> generators() {
        Map<String, Long> g = new LinkedHashMap<>();
        g.put("Job", 20000007L);
        g.put("Transaction", 30000100L);
        g.put("Metadata", 9L);
        return g;
    }

    @Test
    void idsAreTakenWithGsetAndLaterLiteralsUseThem() {
        ReplayScript.Script s = ReplayScript.build(List.of(RESERVE, CHARGE), generators(), List.of("ceiling.5"));
        assertEquals(3, s.ids());
        assertEquals(String.join("\n",
                "\\set gb_u1 random(1, 4000000000000000000)",
                "BEGIN;",
                "UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Job';",
                "SELECT g_next_id - 1 AS gb_id1 FROM g_key_generator WHERE g_name = 'Job' \\gset",
                "INSERT INTO g_job (g_id, g_job_id, g_charge) VALUES (':gb_id1', 'ceiling.5.:gb_u1', '0');",
                "UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction';",
                "SELECT g_next_id - 1 AS gb_id2 FROM g_key_generator WHERE g_name = 'Transaction' \\gset",
                "SELECT pg_advisory_xact_lock(:gb_id2);",
                "INSERT INTO g_transaction (g_id, g_job_id, g_amount) VALUES (':gb_id2', 'ceiling.5.:gb_u1', '20000007x');",
                "COMMIT;",
                "BEGIN;",
                "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Metadata';",
                "UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction';",
                "SELECT g_next_id - 1 AS gb_id3 FROM g_key_generator WHERE g_name = 'Transaction' \\gset",
                "UPDATE g_job SET g_stage = 'Charge', g_transaction_id = ':gb_id3' WHERE g_id = ':gb_id1' AND g_job_id = 'ceiling.5.:gb_u1';",
                "SELECT 1 FROM g_transaction WHERE g_id = ':gb_id2';",
                "COMMIT;",
                ""), s.text());
    }

    @Test
    void aRequestKeyAndItsLockDifferPerLoopWhileTheBankLockStays() {
        List<StatementLog.Statement> keyed = List.of(
                sql("SELECT pg_advisory_xact_lock('-4242')"),
                sql("SELECT g_digest, g_reply FROM g_request_key WHERE g_key = 'k-1'"),
                sql("INSERT INTO g_request_key (g_key, g_digest, g_creation_time) VALUES ('k-1', 'ab', '17')"),
                sql("SELECT pg_advisory_xact_lock('7243867172056967605')"),
                sql("SELECT g_active FROM g_user WHERE g_name = 'amy'"),
                sql("UPDATE g_request_key SET g_reply = 'reply of k-1' WHERE g_key = 'k-1'"));
        ReplayScript.Script s = ReplayScript.build(List.of(keyed), Map.of(), List.of("job", "k-1"));
        assertEquals(String.join("\n",
                "\\set gb_u1 random(1, 4000000000000000000)",
                "\\set gb_u2 random(1, 4000000000000000000)",
                "SELECT pg_advisory_xact_lock(:gb_u2);",
                "SELECT g_digest, g_reply FROM g_request_key WHERE g_key = 'k-1.:gb_u2';",
                "INSERT INTO g_request_key (g_key, g_digest, g_creation_time) VALUES ('k-1.:gb_u2', 'ab', '17');",
                "SELECT pg_advisory_xact_lock('7243867172056967605');",
                "SELECT g_active FROM g_user WHERE g_name = 'amy';",
                "UPDATE g_request_key SET g_reply = 'reply of k-1' WHERE g_key = 'k-1.:gb_u2';",
                ""), s.text());
    }

    @Test
    void twoIdsOfTheSameValueAreRefused() {
        Map<String, Long> g = generators();
        g.put("Transaction", 20000007L); // the Transaction id would be 20000007 too, as the Job id
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReplayScript.build(List.of(RESERVE), g, List.of()));
        assertTrue(e.getMessage().contains("'20000007'"), e.getMessage());
    }

    @Test
    void aGeneratorWithoutACapturedValueIsRefused() {
        assertThrows(IllegalStateException.class, () -> ReplayScript.build(List.of(RESERVE), Map.of("Job", 1L), List.of()));
    }

    @Test
    void theCheckComparesTheChangePerLoopWithGoldd() {
        Map<String, BigDecimal> goldd = Map.of("journal rows", new BigDecimal(5), "credits", new BigDecimal(-19744));
        ReplayCheck.Check same = ReplayCheck.compare(Operation.CHARGE, goldd,
                Map.of("journal rows", new BigDecimal(50), "credits", new BigDecimal(-197440)), 10);
        assertTrue(same.passed());
        ReplayCheck.Check fewer = ReplayCheck.compare(Operation.CHARGE, goldd,
                Map.of("journal rows", new BigDecimal(49), "credits", new BigDecimal(-197440)), 10);
        assertFalse(fewer.passed());
        assertEquals("4.9", fewer.rows().stream().filter(r -> r.what().equals("journal rows")).findFirst().orElseThrow()
                .perLoop().toPlainString());
        assertFalse(ReplayCheck.compare(Operation.CHARGE, goldd, goldd, 0).passed(), "no loop ran: nothing shown");
    }

    @Test
    void anIncrementReturningItsValueTakesTheIdInOneStatement() {
        List<StatementLog.Statement> charge = List.of(
                sql("BEGIN"),
                sql("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction' RETURNING g_next_id"),
                sql("INSERT INTO g_transaction (g_id, g_job_id) VALUES ('30000100', 'ceiling.5')"),
                sql("COMMIT"));
        ReplayScript.Script s = ReplayScript.build(List.of(charge), generators(), List.of("ceiling.5"));
        assertEquals(1, s.ids());
        assertEquals(String.join("\n",
                "\\set gb_u1 random(1, 4000000000000000000)",
                "BEGIN;",
                "UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = 'Transaction' RETURNING g_next_id - 1 AS gb_id1 \\gset",
                "INSERT INTO g_transaction (g_id, g_job_id) VALUES (':gb_id1', 'ceiling.5.:gb_u1');",
                "COMMIT;", ""), s.text());
    }
}
