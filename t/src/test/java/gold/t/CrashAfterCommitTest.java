package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import gold.testkit.PgCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static gold.t.ProcessModelTest.onlyWorker;
import static gold.t.ProcessModelTest.waitFor;
import static gold.t.ProcessModelTest.waitForValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A worker killed after its request committed and before it wrote the reply (the test-only
 * after-commit pause point), on the built tree with one worker, on SQLite and on a plain PostgreSQL
 * cluster: the client sees no reply (250), the retry with the same request key gets the reply a
 * successful run gives (the stored one: running it again would answer "User already exists"), and
 * the database holds the request's effect exactly once.
 */
class CrashAfterCommitTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theRetryWithTheSameKeyGetsTheStoredReplyAndChangesNothing(String database) throws Exception {
        PgCluster pg = database.equals("postgresql") ? PgCluster.start() : null;
        try {
            Map<String, String> settings = new HashMap<>(Map.of("server.workers", "1"));
            if (pg != null) {
                settings.put("database.datasource", pg.createDatabase("gold"));
                settings.put("database.user", pg.user());
            }
            try (Installation gold = Installation.create(settings)) {
                run(gold);
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private static void run(Installation gold) throws Exception {
        Path pauses = gold.pauseDirectory();
        gold.start();
        long master = gold.masterPid();
        long worker = onlyWorker(master);
        GoldClient client = gold.client();
        String admin = Installation.admin();
        Request create = Request.builder("User", "Create").actor(admin).set("Name", "zoe")
                .set("CommonName", "Zoe Once").requestKey("crash-after-commit-1").build();

        Files.writeString(pauses.resolve("after-commit.arm"), "");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> client.send(create));
        Path marker = pauses.resolve("after-commit." + worker);
        waitFor(() -> Files.exists(marker), Duration.ofSeconds(60), "the worker to reach the after-commit point");
        new ProcessBuilder("kill", "-9", Long.toString(worker)).start().waitFor();
        Response lost = first.get(90, TimeUnit.SECONDS);
        assertEquals("250", lost.code(), "no reply came: " + lost);

        long replacement = waitForValue(() -> ProcessModelTest.workers(master).stream().filter(p -> p != worker)
                .findFirst(), Duration.ofSeconds(60), "a replacement worker");
        assertNotEquals(worker, replacement);
        Request query = Request.builder("User", "Query").actor(admin).where("Name", "zoe").build();
        waitFor(() -> client.send(query).code().equals("000"), Duration.ofSeconds(60), "the new worker to answer");
        Response row = client.send(query);
        assertEquals(1, row.count(), "the commit before the crash is durable: " + row);

        Response retry = client.send(create);
        assertEquals("000", retry.code(), retry.toString());
        assertEquals("Successfully created 1 User", retry.message());
        assertEquals(1, retry.count());
        assertEquals(row.data(), retry.data(), "the stored reply shows the created row");
        assertEquals(retry.message(), client.send(create).message(), "a second retry gets the same reply");

        assertEquals(1, client.send(query).count());
        Response journal = client.send(Request.builder("Transaction", "Query").actor(admin).where("Object", "User")
                .where("Action", "Create").where("Name", "zoe").build());
        assertEquals(1, journal.count(), "one Transaction record: " + journal);
        Response again = client.send(Request.builder("User", "Create").actor(admin).set("Name", "zoe").build());
        assertEquals("User already exists", again.message(), "a real second run is refused");
    }
}
