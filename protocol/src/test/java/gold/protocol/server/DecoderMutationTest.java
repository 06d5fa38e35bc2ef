package gold.protocol.server;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.RequestSealer;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.testutil.Generators;
import gold.protocol.testutil.Vectors;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.RequestFraming;
import gold.protocol.wire.RequestReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds 100,000 seeded mutations of valid requests (every suite, every client variant) into the
 * server-side decoder (framing reader + ServerSecurity). Only GoldException may escape; the whole run
 * is bounded in time; no single message may allocate more than a small multiple of its size, however
 * large a size it announces.
 */
public class DecoderMutationTest {
    static final int MUTATIONS = 100_000;
    static final long SEED = 20261122L;
    /** Per-message allocation bound: far below the 1 MiB payload cap used here. */
    static final long MAX_ALLOCATION = 2L * 1024 * 1024;
    static final String[] TOKENS = {"<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "<![CDATA[", "]]>", "<!--", "-->",
        "<?x y?>", "\r\n", "\n", "0\r\n", "FFFFFFFF\r\n", "7FFFFFFF\r\n", "&#0;", "&#x110000;", "\u00ff", "<Body>",
        "</Body>", "<Request>", "<EncryptedData>", "</EncryptedData>", " version=\"2\"", " version=\"1\"",
        "<Signature>", "<SecurityToken type=\"Password\">", "<SecurityToken>", "type=\"X\"", "=", "\"", "'", "<", ">",
        "&", "&lt;", "====", "AAAA", "\u0000", "<Envelope>", "</Envelope>", "<s:Envelope>", "xmlns:x=\"y\"",
        "POST /SSSRMAP3 HTTP/1.1\r\n", "Transfer-Encoding: chunked\r\n", ";", "\t"};

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static List<byte[]> validWires() {
        List<byte[]> wires = new ArrayList<>();
        Generators gen = new Generators(SEED);
        String[][] configs = {{"legacy", "false"}, {"legacy", "true"}, {"gs2", "false"}, {"gs2", "true"}};
        for (int i = 0; i < 24; i++) {
            String[] c = configs[i % configs.length];
            ClientSettings s = ClientSettings.from(GoldConfig.of(Map.of("security.mode", c[0], "security.encryption", c[1])),
                    "sss").clock(() -> 1_700_000_000L);
            Request r = gen.request();
            if (i % 3 == 0) {
                s.passwordToken(r.actor(), "pw");
            }
            wires.add(RequestFraming.frame(new RequestSealer(s, new SecureRandom(new byte[] {(byte) i})).seal(r).payload()));
        }
        for (String v : new String[] {"req01_user_query_signed.wire", "req04_job_charge_data_signed.wire",
            "req07_user_query_encrypted.wire", "req14_namespaces_encrypted.wire", "neg11_moab_style_chunked_semicolon_accepted.wire",
            "neg12_rfc_chunk_trailer_accepted.wire", "neg13_perl_unwrap_fails_when_wrap_iv_first_byte_is_zero.wire"}) {
            wires.add(Vectors.bytes(v));
        }
        return wires;
    }

    @Test
    void mutatedRequestsOnlyEverYieldGoldExceptionsWithinBoundedTimeAndMemory() {
        List<byte[]> wires = validWires();
        ServerSecurity server = new ServerSecurity(ServerPolicy.from(GoldConfig.empty()), "sss",
                u -> Optional.of("pw"), new InMemoryReplayGuard(() -> 1_700_000_000L), () -> 1_700_000_000L,
                new SecureRandom());
        FrameLimits limits = new FrameLimits(8192, 32, 1024 * 1024);
        int[] outcomes = new int[2];
        long[] worst = new long[1];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random rnd = new Random(SEED);
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] base = wires.get(rnd.nextInt(wires.size()));
                byte[] input = mutate(base, rnd);
                long before = threads.getCurrentThreadAllocatedBytes();
                try {
                    server.open(RequestReader.read(new ByteArrayInputStream(input), limits));
                    outcomes[0]++;
                } catch (GoldException e) {
                    outcomes[1]++;
                } catch (Throwable t) {
                    fail("mutation " + i + " escaped with " + t + "\ninput: "
                            + new String(input, StandardCharsets.ISO_8859_1), t);
                }
                long used = threads.getCurrentThreadAllocatedBytes() - before;
                worst[0] = Math.max(worst[0], used);
                if (used > MAX_ALLOCATION) {
                    fail("mutation " + i + " allocated " + used + " bytes for " + input.length + " input bytes");
                }
            }
        });
        assertTrue(outcomes[1] > MUTATIONS / 2, "most mutations are rejected: " + Arrays.toString(outcomes));
        assertTrue(outcomes[0] + outcomes[1] == MUTATIONS);
        System.out.println("mutation outcomes accepted/rejected " + Arrays.toString(outcomes) + ", worst allocation "
                + worst[0] + " bytes");
    }

    static byte[] mutate(byte[] base, Random rnd) {
        boolean reframe = rnd.nextBoolean();
        byte[] data = reframe ? payloadOf(base) : base.clone();
        int rounds = 1 + rnd.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            data = mutateOnce(data, rnd);
        }
        return reframe ? RequestFraming.frame(data) : data;
    }

    /** One to three raw mutations of a byte string (shared with the client-side reply fuzzing). */
    public static byte[] mutateRaw(byte[] base, Random rnd) {
        byte[] data = base;
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            data = mutateOnce(data, rnd);
        }
        return data;
    }

    private static byte[] payloadOf(byte[] wire) {
        try {
            return RequestReader.read(new ByteArrayInputStream(wire), FrameLimits.defaults());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] mutateOnce(byte[] d, Random rnd) {
        if (d.length == 0) {
            return TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = rnd.nextInt(d.length);
        switch (rnd.nextInt(8)) {
            case 0 -> {
                byte[] c = d.clone();
                c[at] ^= (byte) (1 << rnd.nextInt(8));
                return c;
            }
            case 1 -> {
                byte[] c = d.clone();
                c[at] = (byte) rnd.nextInt(256);
                return c;
            }
            case 2 -> {
                int len = Math.min(d.length - at, 1 + rnd.nextInt(64));
                return concat(Arrays.copyOf(d, at), Arrays.copyOfRange(d, at + len, d.length));
            }
            case 3 -> {
                byte[] ins = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(ins);
                return concat(Arrays.copyOf(d, at), ins, Arrays.copyOfRange(d, at, d.length));
            }
            case 4 -> {
                int len = Math.min(d.length - at, 1 + rnd.nextInt(200));
                return concat(Arrays.copyOf(d, at + len), Arrays.copyOfRange(d, at, d.length));
            }
            case 5 -> {
                byte[] tok = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                return concat(Arrays.copyOf(d, at), tok, Arrays.copyOfRange(d, at, d.length));
            }
            case 6 -> {
                return Arrays.copyOf(d, at);
            }
            default -> {
                // swap two base64-ish characters, which keeps the structure but breaks values
                byte[] c = d.clone();
                int other = rnd.nextInt(d.length);
                byte t = c[at];
                c[at] = c[other];
                c[other] = t;
                return c;
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
