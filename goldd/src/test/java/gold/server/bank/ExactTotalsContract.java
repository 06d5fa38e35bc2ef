package gold.server.bank;

import gold.protocol.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static gold.testkit.Requests.create;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent and randomized charges, reservations and refunds keep exact totals and never overbook.
 */
interface ExactTotalsContract extends BankFixture {
    /**
     * 8 threads, 320 random reserves and charges against three allocations of one account; half of the
     * charges consume one of the thread's earlier reservations. Every outcome is exact (success, or 784
     * for a reserve that does not fit); per job: one Job record, charged exactly once with exactly its
     * amount (Job.Charge and the journal), and its reservation gone once charged, still held otherwise;
     * the allocations lose exactly what was charged; each allocation's amount equals the sum of its
     * journaled deltas.
     */
    @Test
    default void concurrentChargesAndReservationsKeepExactTotals() throws Exception {
        BankGold g = gettingStarted();
        long t = now();
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000", "EndTime", String.valueOf(t + 100000)));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000", "EndTime", String.valueOf(t + 200000)));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "1000"));
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, Integer> chargedJobs = new ConcurrentHashMap<>();
        Map<String, Integer> heldJobs = new ConcurrentHashMap<>();
        AtomicInteger refusedReserves = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int thread = th;
            futures.add(pool.submit(() -> {
                Random random = new Random(thread);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    String jobId = "J" + thread + "." + i;
                    int processors = 1 + random.nextInt(10);
                    boolean reserve = random.nextInt(3) == 0;
                    boolean consume = !reserve && !mine.isEmpty() && random.nextBoolean();
                    if (consume) {
                        jobId = mine.remove(random.nextInt(mine.size()));
                    }
                    Response r = chemistryJob(g, reserve ? "Reserve" : "Charge", "JobId", jobId, "Processors",
                            String.valueOf(processors), "WallDuration", "1");
                    if (r.code().equals("784") && reserve) {
                        refusedReserves.incrementAndGet();
                        continue;
                    }
                    if (!r.code().equals("000")) {
                        throw new AssertionError(jobId + ": " + r.code() + " " + r.message());
                    }
                    if (reserve) {
                        heldJobs.put(jobId, processors);
                        mine.add(jobId);
                    } else {
                        assertTrue(chargedJobs.putIfAbsent(jobId, processors) == null);
                        if (consume) {
                            heldJobs.remove(jobId);
                            consumed.incrementAndGet();
                            assertTrue(r.message().endsWith("\n1 reservations were removed"), r.message());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * perThread, chargedJobs.size() + heldJobs.size() + consumed.get() + refusedReserves.get(),
                "every operation is a charge, a live hold, a consumed hold or a refused reserve");
        assertTrue(consumed.get() > 20 && heldJobs.size() > 20, consumed + " consumed, " + heldJobs.size() + " held");
        Map<String, String> jobs = new HashMap<>();
        for (List<String> row : g.rows("SELECT g_job_id, g_stage, g_charge FROM g_job")) {
            assertTrue(jobs.put(row.get(0), row.get(1) + " " + Double.parseDouble(row.get(2))) == null,
                    "one Job record for " + row.get(0));
        }
        Map<String, Double> journaled = new HashMap<>();
        for (List<String> row : g.rows("SELECT g_job_id, g_delta FROM g_transaction WHERE g_object = 'Job'"
                + " AND g_action = 'Charge'")) {
            journaled.merge(row.get(0), -Double.parseDouble(row.get(1)), Double::sum);
        }
        Map<String, Double> held = new HashMap<>();
        for (List<String> row : g.rows("SELECT r.g_name, ra.g_amount FROM g_reservation r, g_reservation_allocation ra"
                + " WHERE ra.g_reservation = r.g_id AND r.g_deleted = 'False' AND ra.g_deleted = 'False'")) {
            held.merge(row.get(0), Double.parseDouble(row.get(1)), Double::sum);
        }
        Map<String, String> expectedJobs = new HashMap<>();
        Map<String, Double> expectedCharges = new HashMap<>();
        Map<String, Double> expectedHolds = new HashMap<>();
        chargedJobs.forEach((id, x) -> {
            expectedJobs.put(id, "Charge " + (double) x);
            expectedCharges.put(id, (double) x);
        });
        heldJobs.forEach((id, x) -> {
            expectedJobs.put(id, "Reserve 0.0");
            expectedHolds.put(id, (double) x);
        });
        assertEquals(expectedJobs, jobs, "stage and Job.Charge per job");
        assertEquals(expectedCharges, journaled, "each job charged exactly once, for its amount");
        assertEquals(expectedHolds, held, "charged jobs hold nothing, reserved ones exactly their reservation");
        double charged = chargedJobs.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(3000.0 - charged, g.number("SELECT SUM(g_amount) FROM g_allocation"));
        for (long allocation = 1; allocation <= 3; allocation++) {
            assertEquals(g.amount(allocation), g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_allocation = "
                    + allocation), "journal invariant for allocation " + allocation);
        }
        assertEquals(g.text("SELECT COUNT(*) FROM g_transaction"), g.text("SELECT COUNT(DISTINCT g_id) FROM g_transaction"));
    }

    /** 240 concurrent reservations of 10 against one allocation of 1000: exactly 100 fit, never more. */
    @Test
    default void concurrentReservationsNeverOverbookAnAllocation() throws Exception {
        BankGold g = gettingStartedWithDeposit(2, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < 8; th++) {
            int thread = th;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    Response r = chemistryJob(g, "Reserve", "JobId", "R" + thread + "." + i, "Processors", "10",
                            "WallDuration", "1");
                    switch (r.code()) {
                        case "000" -> placed.incrementAndGet();
                        case "784" -> refused.incrementAndGet();
                        default -> throw new AssertionError(r.code() + " " + r.message());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(List.of(100, 140), List.of(placed.get(), refused.get()));
        assertEquals(1000.0, g.number("SELECT SUM(g_amount) FROM g_reservation_allocation"));
        assertEquals(0, g.ok(req("Account", "Balance", "Id", "2")).count());
    }

    /**
     * Randomized model-based run: 6 concurrent clients x 520 random operations (deposit, withdraw,
     * transfer, reserve, charge with and without its reservation, refund, balance). Each client owns two
     * accounts and models them exactly (BankModelRun): every judged operation must succeed or be refused
     * as the model says and every Balance answer must match, while two shared accounts take the
     * contention and are checked by sums. Afterwards, per account: allocation amount, reserved amount
     * and Balance against the model; the journal invariant for every allocation (all active throughout):
     * Amount = sum of its journaled deltas; transaction ids stay dense.
     */
    @Test
    default void randomizedConcurrentOperationsMatchAnIndependentModel() throws Exception {
        BankGold g = open();
        int threads = 6;
        int perThread = 520;
        g.machines("m");
        g.ok(create("Project", "Name", "shared").option("CreateAccount", "False"));
        for (long a : BankModelRun.SHARED) {
            assertEquals(a, g.account("s" + a, new String[] {"shared"}, new String[] {"ANY"}, new String[] {"ANY"}));
            g.ok(req("Account", "Deposit", "Id", String.valueOf(a), "Amount", "5000"));
        }
        for (int t = 0; t < threads; t++) {
            g.users("u" + t);
            for (int k = 0; k < BankModelRun.OWNED; k++) {
                String project = BankModelRun.project(t, k);
                g.ok(create("Project", "Name", project).option("CreateAccount", "False"));
                long id = g.account("a" + t + "_" + k, new String[] {project}, new String[] {"u" + t},
                        new String[] {"ANY"});
                assertEquals(BankModelRun.firstOwned(t) + k, id);
                g.ok(req("Account", "Deposit", "Id", String.valueOf(id), "Amount", "300"));
            }
        }
        BankModelRun.Shared model = new BankModelRun.Shared();
        List<BankModelRun> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            BankModelRun client = new BankModelRun(g, model, th, perThread);
            clients.add(client);
            futures.add(pool.submit(client));
        }
        for (Future<?> f : futures) {
            f.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * (long) perThread, model.operations.get());
        assertTrue(model.operations.get() >= 3000);
        assertTrue(model.judgedSuccesses.get() > 100 && model.judgedRefusals.get() > 20 && model.balanceChecks.get() > 100,
                "both verdicts exercised: " + model.judgedSuccesses + " / " + model.judgedRefusals);
        for (BankModelRun client : clients) {
            for (Map.Entry<Long, BankModelRun.Owned> e : client.owned.entrySet()) {
                long a = e.getKey();
                BankModelRun.Owned o = e.getValue();
                assertEquals(List.of("1", String.valueOf(o.amount)), List.of(
                        g.text("SELECT COUNT(*) FROM g_allocation WHERE g_account = " + a),
                        String.valueOf(g.number("SELECT g_amount FROM g_allocation WHERE g_account = " + a))),
                        "one allocation of account " + a + " and its amount");
                assertEquals(o.reserved, reservedOn(g, "= " + a), "reserved on account " + a);
                assertEquals((long) o.balance(), g.ok(req("Account", "Balance", "Id", String.valueOf(a))).count(),
                        "balance of account " + a);
            }
        }
        assertEquals(model.amount.sum(), g.number("SELECT SUM(g_amount) FROM g_allocation WHERE g_account IN (1, 2)"));
        assertEquals(model.reserved.sum(), reservedOn(g, "IN (1, 2)"));
        assertEquals((long) (model.amount.sum() - model.reserved.sum()),
                g.ok(req("Account", "Balance", "Id", "1")).count() + g.ok(req("Account", "Balance", "Id", "2")).count());
        assertEquals(model.jobCharges.sum(), g.number("SELECT COALESCE(SUM(g_charge), 0) FROM g_job"));
        for (List<String> row : g.rows("SELECT g_id, g_amount FROM g_allocation")) {
            assertEquals(Double.parseDouble(row.get(1)), g.number("SELECT COALESCE(SUM(g_delta), 0) FROM g_transaction"
                    + " WHERE g_allocation = " + row.get(0)), "journal invariant for allocation " + row.get(0));
        }
        assertEquals(g.text("SELECT COUNT(*) FROM g_transaction"),
                g.text("SELECT MAX(g_id) - MIN(g_id) + 1 FROM g_transaction"), "transaction ids are dense");
    }

    static double reservedOn(BankGold g, String accounts) throws Exception {
        return g.number("SELECT COALESCE(SUM(g_amount), 0) FROM g_reservation_allocation WHERE g_deleted = 'False'"
                + " AND g_account " + accounts);
    }
}
