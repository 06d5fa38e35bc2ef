package gold.t;

import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.client.SealedRequest;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestFraming;
import gold.testkit.PgCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GS2 replay protection across process boundaries: a captured GS2 request is served once; replayed to
 * either worker of the same server, or to a second server sharing the database, it is refused with
 * 427, while a fresh request to that second server is served (so it can read the shared table); a
 * stale timestamp is refused with 426; copies of one message sent at the same moment to every worker
 * of both servers are served once. Runs on SQLite and on PostgreSQL. Which worker answered is read from the workers' own
 * logs (one file per worker process), so the test proves both workers refused a replay instead of
 * trusting SO_REUSEPORT to spread the connections.
 */
class Gs2ReplayTest {
    /** Each connection picks one of two workers by its source port: 64 misses in a row are 2^-63 likely. */
    private static final int MAX_REPLAYS = 64;
    private static final Pattern REFUSED = Pattern.compile("Rejected request from \\S+: 427 ");
    private static final Pattern PID = Pattern.compile("Worker \\d+ Pid \\((\\d+)\\) serving");
    private static final Pattern CODE = Pattern.compile("<Code>(\\d{3})</Code>");
    private static final int ROUNDS = 5;
    private static final int COPIES = 6;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aReplayIsRefusedByEveryWorkerAndByASecondServerOnTheSameDatabase(String database) throws Exception {
        PgCluster pg = database.equals("postgresql") ? PgCluster.start() : null;
        try {
            Map<String, String> shared = new HashMap<>();
            if (pg != null) {
                shared.put("database.datasource", pg.createDatabase("gold"));
                shared.put("database.user", pg.user());
            }
            Map<String, String> twoWorkers = new HashMap<>(shared);
            twoWorkers.put("server.workers", "2");
            try (Installation first = Installation.create(twoWorkers)) {
                first.start();
                if (pg == null) {
                    shared.put("database.datasource", "jdbc:sqlite:" + first.home().resolve("data/gold.db"));
                }
                try (Installation second = Installation.create(shared)) {
                    second.writeKey(first.key());
                    second.start();
                    replaysAreRefusedEverywhere(first, second);
                    concurrentCopiesAreServedOnce(first, second);
                }
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private static void replaysAreRefusedEverywhere(Installation first, Installation second) throws Exception {
        SealedRequest sealed = query(first);
        byte[] wire = RequestFraming.frame(sealed.payload());

        Response once = sealed.opener().open(exchange(first.port(), wire));
        assertEquals("000", once.code(), once.toString());
        replayUntilBothWorkersRefused(first, wire);
        assertCode("427", exchange(second.port(), wire));
        assertEquals(1, refusals(workerLog(second, 1)), second.log());
        SealedRequest fresh = query(first);
        Response served = fresh.opener().open(exchange(second.port(), RequestFraming.frame(fresh.payload())));
        assertEquals("000", served.code(), "the second server reads the shared database: " + served);

        long past = System.currentTimeMillis() / 1000 - 3600;
        SealedRequest stale = new RequestSealer(settings(first).mode(ClientSettings.Mode.GS2).clock(() -> past),
                new SecureRandom()).seal(Request.builder("User", "Query").actor(Installation.admin()).build());
        assertCode("426", exchange(first.port(), RequestFraming.frame(stale.payload())));
    }

    /**
     * The same fresh message sent at the same moment to both workers of the first server and to the
     * second server: the racing nonce inserts meet in the unique index (PostgreSQL 23505 for the
     * losers); exactly one copy is served and every other one is a 427, never a database error.
     */
    private static void concurrentCopiesAreServedOnce(Installation first, Installation second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] wire = RequestFraming.frame(query(first).payload());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> replies = new ArrayList<>();
                for (int i = 0; i < COPIES; i++) {
                    int port = i % 2 == 0 ? first.port() : second.port();
                    replies.add(pool.submit(() -> {
                        go.await();
                        return code(exchange(port, wire));
                    }));
                }
                go.countDown();
                List<String> codes = new ArrayList<>();
                for (Future<String> f : replies) {
                    codes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, codes.stream().filter("000"::equals).count(), "round " + round + ": " + codes);
                assertEquals(COPIES - 1, codes.stream().filter("427"::equals).count(), "round " + round + ": " + codes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SealedRequest query(Installation gold) throws IOException {
        return new RequestSealer(settings(gold).mode(ClientSettings.Mode.GS2), new SecureRandom())
                .seal(Request.builder("User", "Query").actor(Installation.admin()).get("Name").build());
    }

    /**
     * Replays to the two-worker server until each worker's log shows a 427 refusal, and checks that
     * every replay was refused by exactly one of the two distinct worker processes.
     */
    private static void replayUntilBothWorkersRefused(Installation gold, byte[] wire) throws IOException {
        Path one = workerLog(gold, 1);
        Path two = workerLog(gold, 2);
        assertNotEquals(pid(one), pid(two), "two worker processes");
        int replays = 0;
        while (refusals(one) == 0 || refusals(two) == 0) {
            assertTrue(replays < MAX_REPLAYS, "after " + replays + " replays worker 1 refused " + refusals(one)
                    + " and worker 2 refused " + refusals(two) + "\n" + gold.log());
            assertCode("427", exchange(gold.port(), wire));
            replays++;
        }
        assertEquals(replays, refusals(one) + refusals(two), gold.log());
        System.out.println("Gs2ReplayTest: " + replays + " replays until both workers refused (worker 1: "
                + refusals(one) + ", worker 2: " + refusals(two) + ")");
    }

    private static Path workerLog(Installation gold, int slot) {
        return gold.home().resolve("log/goldd.worker" + slot + ".log");
    }

    private static int refusals(Path log) throws IOException {
        return (int) REFUSED.matcher(Files.readString(log)).results().count();
    }

    private static long pid(Path log) throws IOException {
        Matcher m = PID.matcher(Files.readString(log));
        assertTrue(m.find(), "no start line in " + log);
        return Long.parseLong(m.group(1));
    }

    private static ClientSettings settings(Installation gold) throws IOException {
        return ClientSettings.from(GoldConfig.load(gold.home().resolve("etc/gold.conf")),
                AuthKey.read(gold.home().resolve("etc/auth_key")));
    }

    private static String code(byte[] reply) {
        Matcher m = CODE.matcher(new String(reply, StandardCharsets.UTF_8));
        assertTrue(m.find(), new String(reply, StandardCharsets.UTF_8));
        return m.group(1);
    }

    private static void assertCode(String code, byte[] reply) {
        String text = new String(reply, StandardCharsets.UTF_8);
        assertTrue(text.contains("<Code>" + code + "</Code>"), "expected " + code + " in " + text);
    }

    /** Sends raw request bytes and returns the first reply chunk's payload. */
    private static byte[] exchange(int port, byte[] wire) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(30_000);
            s.getOutputStream().write(wire);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ReplyReader reader = new ReplyReader(in, FrameLimits.defaults());
            reader.readHeader();
            return reader.nextChunk().orElseThrow(() -> new IOException("no reply chunk"));
        }
    }
}
