package gold.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence that a pgbench loop does the work of one goldd run of the same requests: the change of a few
 * counts (journal rows and their distinct ids, reservations made and consumed, jobs charged, credits
 * debited, request keys stored, ids handed out) across the captured goldd run is compared with their change per loop across
 * a fixed-count pgbench run. A replay of literal statements fails it: its later loops match no
 * reservation and write journal rows with ids already used.
 */
final class ReplayCheck {
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("journal rows", "SELECT count(*) FROM g_transaction");
        COUNTS.put("distinct journal ids", "SELECT count(DISTINCT g_id) FROM g_transaction");
        COUNTS.put("reservations", "SELECT count(*) FROM g_reservation");
        COUNTS.put("reservations consumed", "SELECT count(*) FROM g_reservation WHERE g_deleted = 'True'");
        COUNTS.put("jobs", "SELECT count(*) FROM g_job");
        COUNTS.put("jobs charged", "SELECT count(*) FROM g_job WHERE g_stage = 'Charge'");
        COUNTS.put("credits in allocations", "SELECT COALESCE(sum(g_amount), 0) FROM g_allocation");
        COUNTS.put("request keys stored with their reply", "SELECT count(*) FROM g_request_key WHERE g_reply IS NOT NULL");
        COUNTS.put("request ids handed out", "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Request'");
    }

    /** One count: its change in the goldd run and per replay loop. */
    record Row(String what, BigDecimal goldd, BigDecimal perLoop) {
        boolean same() {
            return goldd.compareTo(perLoop) == 0;
        }
    }

    /** The comparison for one replayed capture over {@code loops} pgbench loops. */
    record Check(Operation op, long loops, List<Row> rows) {
        boolean passed() {
            return loops > 0 && rows.stream().allMatch(Row::same);
        }
    }

    private ReplayCheck() {
    }

    static Map<String, BigDecimal> counts(Postgres pg, String database) throws SQLException {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : COUNTS.entrySet()) {
            String v = pg.value(database, e.getValue());
            out.put(e.getKey(), new BigDecimal(v.isEmpty() ? "0" : v));
        }
        return out;
    }

    static Map<String, BigDecimal> delta(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        before.forEach((k, v) -> out.put(k, after.get(k).subtract(v)));
        return out;
    }

    static Check compare(Operation op, Map<String, BigDecimal> goldd, Map<String, BigDecimal> replay, long loops) {
        List<Row> rows = new ArrayList<>();
        goldd.forEach((k, v) -> rows.add(new Row(k, v, loops == 0 ? BigDecimal.ZERO
                : replay.get(k).divide(BigDecimal.valueOf(loops), 6, RoundingMode.HALF_EVEN).stripTrailingZeros())));
        return new Check(op, loops, rows);
    }
}
