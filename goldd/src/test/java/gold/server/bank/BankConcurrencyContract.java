package gold.server.bank;

import gold.protocol.Response;
import gold.testkit.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.HashMap;

/**
 * The bank's row locks under contention (package-info, Concurrency), on SQLite (one writer at a time)
 * and PostgreSQL (row locks): no allocation taken past its credit limit, nothing doubled, transfers in
 * opposite directions and in a circle never deadlock into a failure.
 */
interface BankConcurrencyContract extends BankFixture {
    /** As many pooled connections as clients, so requests queue on the rows, not on the pool. */
    Map<String, String> CONF = Map.of("database.pool.size", "17");

    /** amy and bob, machine colony, projects biology and chemistry with auto-generated accounts 1 and 2. */
    default BankGold contended() throws Exception {
        BankGold g = open(CONF);
        g.users("amy", "bob").machines("colony");
        g.project("biology", "", "amy", "bob");
        g.project("chemistry", "", "amy", "bob");
        return g;
    }

    default Response job(BankGold g, String project, String action, String jobId, int processors) {
        return g.call(Requests.job(action, "ProjectId", project, "UserId", "amy", "MachineName", "colony",
                "JobId", jobId, "Processors", String.valueOf(processors), "WallDuration", "1"));
    }

    /**
     * 500 jobs, 16 at a time, each reserving 1..10 credits and charging them when the reservation was
     * placed, against one allocation of 1000 with a credit limit of 500: the allocation never goes past
     * the limit, a refused reservation really did not fit, every placed job is charged exactly once and
     * the journal sums to the allocation's amount.
     */
    @Test
    default void concurrentReservationsAndChargesNeverPassTheCreditLimit() throws Exception {
        BankGold g = contended();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000", "CreditLimit", "500"));
        long allocation = Long.parseLong(g.text("SELECT g_id FROM g_allocation WHERE g_account = 2"));
        Map<String, Integer> placed = new ConcurrentHashMap<>();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String jobId = "L" + i;
            int size = 1 + (i * 7) % 10;
            futures.add(pool.submit(() -> {
                Response r = job(g, "chemistry", "Reserve", jobId, size);
                if (r.code().equals("784")) {
                    refused.put(jobId, size);
                    return null;
                }
                assertEquals("000", r.code(), jobId + ": " + r.message());
                placed.put(jobId, size);
                Response c = job(g, "chemistry", "Charge", jobId, size);
                assertEquals("000", c.code(), jobId + ": " + c.message());
                assertTrue(c.message().endsWith("\n1 reservations were removed"), c.message());
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(500, placed.size() + refused.size());
        assertTrue(!refused.isEmpty(), "the allocation was contended to its limit");
        double charged = placed.values().stream().mapToInt(Integer::intValue).sum();
        double amount = g.amount(allocation);
        assertEquals(1000 - charged, amount, "the allocation lost exactly what was charged");
        assertTrue(amount >= -500, "never past the credit limit: " + amount);
        int smallestRefused = refused.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(amount + 500 < smallestRefused, "a refused reservation did not fit: " + amount + " left, "
                + smallestRefused + " refused");
        assertEquals(amount, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_allocation = " + allocation),
                "the journal sums to the allocation");
        Map<String, Double> journaled = new HashMap<>();
        for (List<String> row : g.rows("SELECT g_job_id, g_delta FROM g_transaction WHERE g_object = 'Job'"
                + " AND g_action = 'Charge'")) {
            journaled.merge(row.get(0), -Double.parseDouble(row.get(1)), Double::sum);
        }
        Map<String, Double> expected = new HashMap<>();
        placed.forEach((id, size) -> expected.put(id, (double) size));
        assertEquals(expected, journaled, "every placed job charged exactly once, for its amount");
        assertEquals(placed.size(), (int) g.number("SELECT COUNT(*) FROM g_job WHERE g_stage = 'Charge'"));
        assertEquals(0.0, g.number("SELECT COUNT(*) FROM g_reservation_allocation WHERE g_deleted = 'False'"));
        assertEquals(g.text("SELECT COUNT(*) FROM g_transaction"),
                g.text("SELECT MAX(g_id) - MIN(g_id) + 1 FROM g_transaction"), "transaction ids are dense");
    }

    /**
     * Transfers both ways between two accounts and around a circle of three, 12 clients at a time: each
     * one completes or is refused for lack of funds (784), none fails (a deadlock is retried) or hangs;
     * credits are conserved and each account keeps its single allocation.
     */
    @Test
    default void transfersBothWaysAndInACircleNeverDeadlock() throws Exception {
        BankGold g = open(CONF);
        g.users("amy").machines("colony");
        g.ok(Requests.create("Project", "Name", "shared").option("CreateAccount", "False"));
        long[] accounts = new long[3];
        for (int i = 0; i < 3; i++) {
            accounts[i] = g.account("circle" + i, new String[] {"shared"}, new String[] {"ANY"}, new String[] {"ANY"});
            g.ok(req("Account", "Deposit", "Id", String.valueOf(accounts[i]), "Amount", "1000"));
        }
        long[][] routes = {{0, 1}, {1, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 0}, {1, 2}, {2, 0}, {1, 0}};
        Map<String, Integer> codes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(routes.length);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < routes.length; t++) {
            long from = accounts[(int) routes[t][0]];
            long to = accounts[(int) routes[t][1]];
            Random random = new Random(t);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    Response r = g.call(req("Account", "Transfer", "FromId", String.valueOf(from), "ToId",
                            String.valueOf(to), "Amount", String.valueOf(1 + random.nextInt(400))));
                    assertTrue(r.code().equals("000") || r.code().equals("784"), r.code() + " " + r.message());
                    codes.merge(r.code(), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(routes.length * 40, codes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(codes.getOrDefault("000", 0) > routes.length * 10, "most transfers went through: " + codes);
        assertEquals(3000.0, g.number("SELECT SUM(g_amount) FROM g_allocation"));
        for (long a : accounts) {
            assertEquals("1", g.text("SELECT COUNT(*) FROM g_allocation WHERE g_account = " + a));
            double amount = g.number("SELECT g_amount FROM g_allocation WHERE g_account = " + a);
            assertTrue(amount >= 0, "never overdrawn: " + amount);
            assertEquals(amount, g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_allocation ="
                    + " (SELECT g_id FROM g_allocation WHERE g_account = " + a + ")"), "journal of account " + a);
        }
    }
}
