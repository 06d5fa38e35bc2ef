package gold.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.client.SealedRequest;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.server.OpenedRequest;
import gold.protocol.server.ServerPolicy;
import gold.protocol.server.ServerSecurity;
import gold.protocol.testutil.Generators;
import gold.protocol.wire.ChunkedReplyWriter;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestFraming;
import gold.protocol.wire.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property-based round trips over generated requests and multi-chunk responses, through the whole
 * stack (seal, frame, read, open; seal, chunk, read, open) in every suite and token kind.
 */
class PropertyRoundTripTest {

    @ParameterizedTest(name = "{0} encryption={1} password={2} namespaces={3}")
    @CsvSource({"legacy,false,false,false", "legacy,true,false,true", "legacy,false,true,false", "legacy,true,true,false",
        "gs2,false,false,true", "gs2,true,false,false", "gs2,false,true,false", "gs2,true,true,true"})
    void generatedRequestsAndRepliesSurviveTheWholeStack(String mode, boolean encryption, boolean password,
                                                         boolean namespaces) throws Exception {
        Generators gen = new Generators(mode.hashCode() * 31L + (encryption ? 7 : 0) + (password ? 3 : 0));
        ClientSettings settings = ClientSettings.from(GoldConfig.of(Map.of("security.mode", mode,
                "security.encryption", Boolean.toString(encryption), "xml.usenamespaces", Boolean.toString(namespaces))),
                "shared-key-" + mode);
        ServerSecurity server = new ServerSecurity(ServerPolicy.from(GoldConfig.of(Map.of("xml.usenamespaces",
                Boolean.toString(namespaces)))), "shared-key-" + mode, u -> Optional.of("pw-of-" + u),
                new InMemoryReplayGuard(), () -> System.currentTimeMillis() / 1000, new SecureRandom());
        for (int i = 0; i < 150; i++) {
            Request request = gen.request();
            ClientSettings s = settings.copy();
            if (password) {
                s.passwordToken(request.actor(), "pw-of-" + request.actor());
            }
            SealedRequest sealed = new RequestSealer(s, new SecureRandom()).seal(request);
            byte[] wire = RequestFraming.frame(sealed.payload());
            OpenedRequest opened = server.open(RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults()));
            assertEquals(request, opened.request(), "request " + i);
            assertEquals(password ? "Password" : "Symmetric", opened.tokenType());

            List<Response> chunks = new ArrayList<>();
            int n = 1 + gen.random().nextInt(i % 10 == 0 ? 40 : 4);
            for (int c = 0; c < n; c++) {
                chunks.add(gen.response());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChunkedReplyWriter w = new ChunkedReplyWriter(out);
            for (int c = 0; c < n; c++) {
                w.send(opened.sealer().seal(chunks.get(c)), c == n - 1);
            }
            ReplyReader reader = new ReplyReader(new ByteArrayInputStream(out.toByteArray()), FrameLimits.defaults());
            reader.readHeader();
            List<Response> back = new ArrayList<>();
            Optional<byte[]> p;
            while ((p = reader.nextChunk()).isPresent()) {
                back.add(sealed.opener().open(p.get()));
            }
            assertEquals(chunks, back, "reply " + i);
        }
    }
}
