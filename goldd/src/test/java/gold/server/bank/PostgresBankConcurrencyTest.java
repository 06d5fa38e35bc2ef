package gold.server.bank;

import gold.protocol.Response;
import gold.server.engine.PausePoint;
import gold.testkit.Requests;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/** The bank under contention on PostgreSQL (row locks), plus what only row locks give: independence. */
class PostgresBankConcurrencyTest extends BankTestBase implements BankConcurrencyContract {
    @Override
    BankGold open(Path home, Map<String, String> conf, UnaryOperator<BankStore> stores) throws Exception {
        return BankGold.postgres(SharedPg.get(), home, conf, stores);
    }

    /**
     * A charge to chemistry's allocation held open right after it took its row locks (pause point
     * bank-locked): a charge to biology's unrelated allocation completes meanwhile; a reservation and a
     * charge against chemistry's allocation wait, and once the first charge commits they see its debit
     * (the reservation no longer fits).
     */
    @Test
    void aChargeHeldOnItsLocksDelaysOnlyRequestsOnTheSameAllocation() throws Exception {
        BankGold g = contended();
        g.ok(req("Account", "Deposit", "Id", "1", "Amount", "100"));
        g.ok(req("Account", "Deposit", "Id", "2", "Amount", "100"));
        Path pauses = Files.createDirectories(home.resolve("pauses"));
        PausePoint.directory(pauses);
        CompletableFuture<Response> held = null;
        CompletableFuture<Response> first;
        // own threads: the common pool may have a single thread on a small machine
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            Files.writeString(pauses.resolve(PausePoint.BANK_LOCKED + ".arm"), "hold-");
            first = CompletableFuture.supplyAsync(() -> g.call(Requests.job("Charge", "ProjectId", "chemistry",
                    "UserId", "amy", "MachineName", "colony", "JobId", "A1", "Processors", "60", "WallDuration", "1")
                    .requestKey("hold-A1")), threads);
            held = first;
            Path marker = awaitMarker(pauses, 60);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> job(g, "biology", "Charge", "B1", 5), threads);
            try {
                b.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("waiting: " + g.rows("SELECT a.query, l.locktype, l.relation::regclass, l.mode,"
                        + " l.granted FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.datname = current_database()"), e);
            }
            Response unrelated = b.get();
            assertEquals("000", unrelated.code(), unrelated.message());
            assertTrue(Files.exists(marker), "the first charge is still held");
            assertFalse(first.isDone(), () -> "the first charge is still held: " + first.join().message());
            assertEquals(95.0, g.amount(1));
            CompletableFuture<Response> reserve = CompletableFuture.supplyAsync(() -> job(g, "chemistry", "Reserve", "C1", 50), threads);
            CompletableFuture<Response> charge = CompletableFuture.supplyAsync(() -> job(g, "chemistry", "Charge", "D1", 30), threads);
            Thread.sleep(2000);
            assertFalse(reserve.isDone() || charge.isDone(), "requests on the held allocation wait");
            assertEquals(100.0, g.amount(2), "nothing of the held charge is visible yet");
            Files.delete(marker);
            assertEquals("000", held.get(60, TimeUnit.SECONDS).code());
            Response r = reserve.get(60, TimeUnit.SECONDS);
            Response c = charge.get(60, TimeUnit.SECONDS);
            assertEquals("000", c.code(), c.message());
            assertEquals("784", r.code(), "the reservation saw the held charge's debit: " + r.message());
            assertEquals(10.0, g.amount(2));
            assertEquals(g.amount(2), g.number("SELECT SUM(g_delta) FROM g_transaction WHERE g_allocation = 2"));
        } finally {
            PausePoint.directory(null);
            try (Stream<Path> files = Files.list(pauses)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            if (held != null) {
                held.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
    }

    private static Path awaitMarker(Path dir, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> marker = files.filter(p -> p.getFileName().toString()
                        .startsWith(PausePoint.BANK_LOCKED + ".") && !p.toString().endsWith(".arm")).findFirst();
                if (marker.isPresent()) {
                    return marker.get();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the charge never reached " + PausePoint.BANK_LOCKED + ": " + List.of());
    }
}
