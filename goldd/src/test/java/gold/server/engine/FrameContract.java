package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transaction frame: request keys, chunked replies, concurrent writers, cache invalidation. */
abstract class FrameContract extends ServerFixture {
    /** A second server process on the same database, with extra goldd.conf keys. */
    abstract TestGold openSecond(Path home, Map<String, String> conf) throws Exception;

    /** A second server process on the same database. */
    TestGold openSecond(Path home) throws Exception {
        return openSecond(home, Map.of());
    }

    /** A second server process on the same database, with these handlers. */
    abstract TestGold openSecond(Path home, Handlers handlers) throws Exception;

    @Test
    void aRepeatedRequestKeyReturnsTheStoredReplyWithoutActingAgain() throws Exception {
        Request.Builder create = Request.builder("User", "Create").set("Name", "amy").requestKey("k-1");
        Response first = gold.ok(create);
        String after = gold.footprint();
        Response again = gold.ok(create);
        assertEquals(first.message(), again.message());
        assertEquals(first.data(), again.data());
        assertEquals(after, gold.footprint());
        Response other = gold.call(Request.builder("User", "Create").set("Name", "bob").requestKey("k-1"));
        assertEquals("740", other.code());
        assertEquals(after, gold.footprint());
        Response failed = gold.call(Request.builder("User", "Create").set("Name", "amy").requestKey("k-2"));
        assertEquals("740", failed.code());
        gold.execute("DELETE FROM g_user WHERE g_name = 'amy'");
        assertEquals("000", gold.call(Request.builder("User", "Create").set("Name", "amy").requestKey("k-2")).code());
    }

    @Test
    void expiredRequestKeysAreDeletedAndYoungerOnesKept() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        long day = 24 * 3600;
        insertKey("eight-days", now - 8 * day);
        insertKey("six-days", now - 6 * day);
        insertKey("two-hours", now - 2 * 3600);
        gold.ok(Request.builder("User", "Create").set("Name", "amy").requestKey("fresh"));
        assertEquals(List.of("fresh", "six-days", "two-hours"), keys(), "the default retention is 7 days");

        gold.close();
        gold = openSecond(home, Map.of("request.key.retention", String.valueOf(day)));
        gold.ok(Request.builder("User", "Create").set("Name", "bob"));
        assertEquals(List.of("fresh", "two-hours"), keys(), "request.key.retention = 1 day");
        assertEquals("000", gold.call(Request.builder("User", "Create").set("Name", "amy").requestKey("fresh")).code(),
                "a kept key still returns its stored reply instead of the duplicate-user failure");
    }

    private void insertKey(String key, long creationTime) throws Exception {
        gold.execute("INSERT INTO g_request_key (g_key, g_digest, g_creation_time) VALUES ('" + key + "', 'd', "
                + creationTime + ")");
    }

    private List<String> keys() throws Exception {
        return gold.strings("SELECT g_key FROM g_request_key ORDER BY g_key");
    }

    @Test
    void largeQueriesComeInChunksOrTruncatedWith146() {
        for (int i = 0; i < 5; i++) {
            gold.ok(Request.builder("User", "Create").set("Name", "user" + i));
        }
        // 5 new users plus the administrator and ANY, NONE, SELF, MEMBERS
        Request.Builder query = Request.builder("User", "Query").actor("amy").get(Selection.of("Name", "Sort"));
        List<Response> chunks = gold.chunks(query.chunking(true).chunkSize(4).build());
        assertEquals(List.of(4L, 4L, 2L), chunks.stream().map(Response::count).toList());
        assertEquals(List.of(1, 2, 3), chunks.stream().map(Response::chunkNum).toList());
        assertEquals(List.of(-1, -1, 0), chunks.stream().map(Response::chunkMax).toList());
        List<Response> cut = gold.chunks(query.chunking(false).chunkSize(4).build());
        assertEquals(1, cut.size());
        assertEquals("146", cut.get(0).code());
        assertEquals("Warning", cut.get(0).status().name());
        assertEquals(4, cut.get(0).data().size());
        List<Response> limited = gold.chunks(query.chunking(true).chunkSize(2).option("Limit", "3")
                .option("Offset", "1").build());
        assertEquals(List.of(2L, 1L), limited.stream().map(Response::count).toList());
        assertEquals("MEMBERS", limited.get(0).data().get(0).get("Name"));
    }

    @Test
    void concurrentWritersAllSucceedWithDenseIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = i < 20 ? "u" + i : "same";
                results.add(pool.submit(() -> gold.call(Request.builder("User", "Create").set("Name", name))));
            }
            int ok = 0;
            int duplicate = 0;
            for (Future<Response> f : results) {
                Response r = f.get();
                if (r.code().equals("000")) {
                    ok++;
                } else {
                    assertEquals("User already exists", r.message());
                    duplicate++;
                }
            }
            assertEquals(21, ok);
            assertEquals(3, duplicate);
        } finally {
            pool.shutdown();
        }
        assertEquals(21, gold.scalar("SELECT COUNT(*) FROM g_transaction WHERE g_id >= 271"));
        assertEquals(291, gold.scalar("SELECT MAX(g_id) FROM g_transaction"));
        assertEquals(292, gold.scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"));
    }

    @Test
    void aReadIsNotHeldUpByAWriteHeldOpen() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a slow write: the generic Create has taken its ids and written its rows, then it dawdles
        Handlers slow = Handlers.none().add("Machine", "Create", (ctx, r) -> {
            Response created = ctx.engine().execute(ctx, r);
            inside.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return created;
        });
        try (TestGold writer = openSecond(home, slow)) {
            gold.ok(Request.builder("User", "Query"));
            long before = nextRequestId();
            CompletableFuture<Response> write = CompletableFuture.supplyAsync(
                    () -> writer.call(Request.builder("Machine", "Create").set("Name", "colony")));
            assertTrue(inside.await(30, TimeUnit.SECONDS), "the write started");
            for (TestGold reader : List.of(gold, writer)) {
                long start = System.nanoTime();
                Response read = reader.call(Request.builder("User", "Query").where("Name", TestGold.ADMIN));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("000", read.code(), read.message());
                assertEquals(1, read.count());
                // the lock waits are 10 s (database.lock.timeout, database.busy.timeout)
                assertTrue(millis < 2_000, "a read waited " + millis + " ms behind an open write");
            }
            release.countDown();
            assertEquals("Successfully created 1 Machine", write.get(30, TimeUnit.SECONDS).message());
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (nextRequestId() != before + 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(before + 3, nextRequestId(), "one id for the write and one for each read");
            assertEquals(0, gold.service().owedReadRequestIds() + writer.service().owedReadRequestIds());
            gold.ok(Request.builder("User", "Create").set("Name", "amy"));
            assertEquals(before + 3, gold.scalar("SELECT g_request_id FROM g_user WHERE g_name = 'amy'"));
        }
    }

    private long nextRequestId() throws Exception {
        return gold.scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Request'");
    }

    @Test
    void aMetadataChangeReachesAnotherServerBeforeItsNextRequest() throws Exception {
        try (TestGold second = openSecond(home)) {
            second.ok(Request.builder("User", "Query"));
            Response added = gold.ok(Request.builder("Attribute", "Create").set("Object", "User").set("Name", "Shell"));
            assertEquals("080", added.code());
            Response seen = second.ok(Request.builder("User", "Create").set("Name", "amy").set("Shell", "bash"));
            assertEquals("bash", seen.data().get(0).get("Shell"));
        }
    }
}
