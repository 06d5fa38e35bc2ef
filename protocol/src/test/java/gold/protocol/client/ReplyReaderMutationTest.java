package gold.protocol.client;

import static org.junit.jupiter.api.Assertions.fail;

import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.server.DecoderMutationTest;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The client-side reply path under 20,000 seeded mutations of real replies: only GoldException escapes. */
class ReplyReaderMutationTest {
    @Test
    void mutatedRepliesOnlyYieldGoldExceptions() throws Exception {
        List<byte[]> wires = List.of(Vectors.bytes("rep01_query_success_plain.wire"),
                Vectors.bytes("rep02_query_success_encrypted.wire"), Vectors.bytes("rep05_multichunk_plain.wire"),
                Vectors.bytes("rep06_multichunk_encrypted_empty_last.wire"), Vectors.bytes("rep07_truncated_warning_146.wire"));
        ReplyOpener opener = new RequestSealer(ClientSettings.from(GoldConfig.of(Map.of("security.encryption", "true")),
                "sss"), new SecureRandom()).seal(Request.builder("User", "Query").actor("amy").build()).opener();
        FrameLimits limits = new FrameLimits(8192, 32, 1024 * 1024);
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] input = DecoderMutationTest.mutateRaw(wires.get(rnd.nextInt(wires.size())), rnd);
            try {
                ReplyReader reader = new ReplyReader(new ByteArrayInputStream(input), limits);
                reader.readHeader();
                Optional<byte[]> p;
                while ((p = reader.nextChunk()).isPresent()) {
                    opener.open(p.get());
                }
            } catch (GoldException e) {
                // expected for most mutations
                continue;
            } catch (Throwable t) {
                fail("mutation " + i + " escaped with " + t, t);
            }
        }
    }
}
