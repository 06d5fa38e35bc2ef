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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GS2 replay protection across process boundaries: a captured GS2 request is served once; replayed to
 * either worker of the same server, or to a second server sharing the database, it is refused with
 * 427, while a fresh request to that second server is served (so it can read the shared table); a
 * stale timestamp is refused with 426. Which worker answered is read from the workers' own
 * logs (one file per worker process), so the test proves both workers refused a replay instead of
 * trusting SO_REUSEPORT to spread the connections.
 */
class Gs2ReplayTest {
    /** Each connection picks one of two workers by its source port: 64 misses in a row are 2^-63 likely. */
    private static final int MAX_REPLAYS = 64;
    private static final Pattern REFUSED = Pattern.compile("Rejected request from \\S+: 427 ");
    private static final Pattern PID = Pattern.compile("Worker \\d+ Pid \\((\\d+)\\) serving");

    @Test
    void aReplayIsRefusedByEveryWorkerAndByASecondServerOnTheSameDatabase() throws Exception {
        try (Installation first = Installation.create(Map.of("server.workers", "2"))) {
            first.start();
            String db = "jdbc:sqlite:" + first.home().resolve("data/gold.db");
            try (Installation second = Installation.create(Map.of("database.datasource", db))) {
                second.writeKey(first.key());
                second.start();

                ClientSettings gs2 = settings(first).mode(ClientSettings.Mode.GS2);
                SealedRequest sealed = new RequestSealer(gs2, new SecureRandom())
                        .seal(Request.builder("User", "Query").actor(Installation.admin()).get("Name").build());
                byte[] wire = RequestFraming.frame(sealed.payload());

                Response once = sealed.opener().open(exchange(first.port(), wire));
                assertEquals("000", once.code(), once.toString());
                replayUntilBothWorkersRefused(first, wire);
                assertCode("427", exchange(second.port(), wire));
                assertEquals(1, refusals(workerLog(second, 1)), second.log());
                SealedRequest fresh = new RequestSealer(gs2, new SecureRandom())
                        .seal(Request.builder("User", "Query").actor(Installation.admin()).get("Name").build());
                Response served = fresh.opener().open(exchange(second.port(), RequestFraming.frame(fresh.payload())));
                assertEquals("000", served.code(), "the second server reads the shared database: " + served);

                long past = System.currentTimeMillis() / 1000 - 3600;
                SealedRequest stale = new RequestSealer(settings(first).mode(ClientSettings.Mode.GS2).clock(() -> past),
                        new SecureRandom()).seal(Request.builder("User", "Query").actor(Installation.admin()).build());
                assertCode("426", exchange(first.port(), RequestFraming.frame(stale.payload())));
            }
        }
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
