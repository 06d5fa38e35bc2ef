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
import java.security.SecureRandom;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GS2 replay protection across process boundaries: a captured GS2 request is served once; replayed to
 * either worker of the same server, or to a second server sharing the database, it is refused with
 * 427; a stale timestamp is refused with 426.
 */
class Gs2ReplayTest {
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
                for (int i = 0; i < 8; i++) {
                    assertCode("427", exchange(first.port(), wire));
                }
                assertCode("427", exchange(second.port(), wire));

                long past = System.currentTimeMillis() / 1000 - 3600;
                SealedRequest stale = new RequestSealer(settings(first).mode(ClientSettings.Mode.GS2).clock(() -> past),
                        new SecureRandom()).seal(Request.builder("User", "Query").actor(Installation.admin()).build());
                assertCode("426", exchange(first.port(), RequestFraming.frame(stale.payload())));
            }
        }
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
