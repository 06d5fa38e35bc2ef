package gold.t.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds after a fault, compared with what the clients were told. For every
 * operation it counts the effect sets under its tag (a charge: its Job row and its Job Charge journal
 * row; a deposit: one Account Deposit row; a transfer: two Account Transfer rows): an acknowledged
 * operation must be present exactly once, a failed one absent, an unsettled one present once or
 * absent — never half. Then the journal invariant (per account: the allocations hold the sum of the
 * journal's deltas) and the sum over all accounts against the operations found present.
 */
final class Audit {
    final int acknowledged;
    final int unsettled;
    final int failed;
    final int unknownReplies;
    final int lost;
    final int doubled;
    final int halfApplied;
    final int ghost;
    final long expectedSum;
    final long actualSum;
    final List<String> problems = new ArrayList<>();
    /** Effect sets found per request key of an audited operation. */
    private final Map<String, Integer> effects = new HashMap<>();

    private Audit(List<Operation> ops, Connection c) throws SQLException {
        Map<String, Integer> jobs = counts(c, "SELECT g_job_id, count(*) FROM g_job WHERE g_job_id LIKE 'ft-%' GROUP BY g_job_id");
        Map<String, Integer> charges = counts(c, "SELECT g_description, count(*) FROM g_transaction WHERE g_object = 'Job'"
                + " AND g_action = 'Charge' AND g_description LIKE 'ft-%' GROUP BY g_description");
        Map<String, Integer> deposits = counts(c, "SELECT g_description, count(*) FROM g_transaction WHERE g_object = 'Account'"
                + " AND g_action = 'Deposit' AND g_description LIKE 'ft-%' GROUP BY g_description");
        Map<String, Integer> transfers = counts(c, "SELECT g_description, count(*) FROM g_transaction WHERE g_object = 'Account'"
                + " AND g_action = 'Transfer' AND g_description LIKE 'ft-%' GROUP BY g_description");
        int ack = 0, uns = 0, fail = 0, unk = 0, lostN = 0, dbl = 0, half = 0, ghostN = 0;
        long sum = Workload.INITIAL;
        for (Operation op : ops) {
            unk += op.unknownReplies();
            switch (op.outcome()) {
                case ACKNOWLEDGED -> ack++;
                case UNSETTLED -> uns++;
                case FAILED -> fail++;
            }
            if (!op.kind().audited()) {
                continue;
            }
            int sets;
            boolean whole;
            switch (op.kind()) {
                case CHARGE -> {
                    int j = jobs.getOrDefault(op.tag(), 0);
                    int t = charges.getOrDefault(op.tag(), 0);
                    sets = Math.max(j, t);
                    whole = j == t;
                }
                case DEPOSIT -> {
                    sets = deposits.getOrDefault(op.tag(), 0);
                    whole = true;
                }
                default -> {
                    int t = transfers.getOrDefault(op.tag(), 0);
                    sets = (t + 1) / 2;
                    whole = t % 2 == 0;
                }
            }
            effects.put(op.key(), sets);
            if (!whole) {
                half++;
                problems.add("half applied: " + op);
            }
            if (sets > 1) {
                dbl++;
                problems.add("applied " + sets + " times: " + op);
            }
            if (op.outcome() == Operation.Outcome.ACKNOWLEDGED && sets == 0) {
                lostN++;
                problems.add("acknowledged but absent: " + op);
            }
            if (op.outcome() == Operation.Outcome.FAILED && sets > 0) {
                ghostN++;
                problems.add("failed but present: " + op);
            }
            sum += sets * op.kind().sumEffect();
        }
        acknowledged = ack;
        unsettled = uns;
        failed = fail;
        unknownReplies = unk;
        lost = lostN;
        doubled = dbl;
        halfApplied = half;
        ghost = ghostN;
        expectedSum = sum;
        actualSum = Math.round(single(c, "SELECT COALESCE(sum(g_amount), 0) FROM g_allocation WHERE g_deleted = 'False'"));
        if (expectedSum != actualSum) {
            problems.add("sum over accounts " + actualSum + " but the operations present add up to " + expectedSum);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT a.g_account, a.total, COALESCE(t.total, 0) FROM"
                        + " (SELECT g_account, sum(g_amount) AS total FROM g_allocation WHERE g_deleted = 'False' GROUP BY g_account) a"
                        + " LEFT JOIN (SELECT g_account, sum(g_delta) AS total FROM g_transaction WHERE g_account IS NOT NULL"
                        + " GROUP BY g_account) t ON a.g_account = t.g_account")) {
            while (rs.next()) {
                if (Math.abs(rs.getDouble(2) - rs.getDouble(3)) > 1e-6) {
                    problems.add("journal invariant broken for account " + rs.getLong(1) + ": allocations "
                            + rs.getDouble(2) + ", journal deltas " + rs.getDouble(3));
                }
            }
        }
    }

    /** How many times the audited operation's effects are in the database (whole sets). */
    int effects(Operation op) {
        Integer n = effects.get(op.key());
        if (n == null) {
            throw new IllegalArgumentException("not an audited operation: " + op);
        }
        return n;
    }

    static Audit of(List<Operation> ops, Connection c) throws SQLException {
        return new Audit(ops, c);
    }

    /** The figures every fault test prints. */
    String figures(String fault, long staleWrites, double firstSuccessSeconds) {
        String stale = staleWrites == FaultDrill.NO_STALE_WRITER ? "n/a (no stale writer in this fault)"
                : Long.toString(staleWrites);
        return String.format("%s: acknowledged=%d outcome-unknown=%d (250 replies settled by re-running with the key: %d)"
                        + " failed=%d lost=%d doubled=%d half-applied=%d failed-but-present=%d writes-on-stale-data=%s"
                        + " first-success-after-fault=%.1fs sum=%d expected=%d",
                fault, acknowledged, unsettled, unknownReplies, failed, lost, doubled, halfApplied, ghost, stale,
                firstSuccessSeconds, actualSum, expectedSum);
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    static double single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
