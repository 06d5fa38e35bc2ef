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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;

/**
 * Feeds 100,000 seeded mutations of valid requests (every suite, every client variant) into the
 * server-side decoder (framing reader + ServerSecurity) under explicitly configured caps. Every second
 * peer keeps sending filler after its message, so the decoder must stop on its own limits, never on
 * end of stream. For each message the bytes consumed from the peer are counted: they must stay within
 * what the frame caps allow, and the memory allocated must stay within a fixed overhead plus a small
 * multiple of the bytes consumed (so, through the caps, bounded however large a size is announced).
 * Every 50th run announces a random size up to twice the payload cap to an endless peer: over the
 * cap nothing of the payload is read; under it the reader takes exactly what was announced.
 * Only GoldException may escape and the whole run is bounded in time.
 */
public class DecoderMutationTest {
    static final int MUTATIONS = 100_000;
    static final long SEED = 20261122L;
    /** The configured caps: 8 KiB lines, 32 header lines, 1 MiB payload. */
    static final FrameLimits LIMITS = new FrameLimits(8192, 32, 1024 * 1024);
    /** security.max.plaintext and security.max.nodes of the server under test. */
    static final Map<String, String> POLICY = Map.of("security.max.plaintext", String.valueOf(1024 * 1024),
            "security.max.nodes", "100000");
    /** Most bytes the caps let the reader take: request line, headers and one more, size line, payload. */
    static final long CONSUME_BOUND = (LIMITS.maxHeaderLines() + 3L) * (LIMITS.maxLineBytes() + 1L) + LIMITS.maxPayloadBytes();
    /** Fixed per-message overhead (ciphers, parser and line buffers); measured worst ≈ 340 KB. */
    static final long ALLOCATION_BASE = 512 * 1024;
    /** Every this many runs, a valid message announces a random size up to twice the payload cap. */
    static final int ANNOUNCE_EVERY = 50;
    /** Allocation per byte consumed (copied, decoded to text, parsed, canonicalized); measured ≈ 7. */
    static final long ALLOCATION_PER_BYTE = 12;
    static final String[] TOKENS = {"<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "<![CDATA[", "]]>", "<!--", "-->",
        "<?x y?>", "\r\n", "\n", "0\r\n", "FFFFFFFF\r\n", "7FFFFFFF\r\n", "&#0;", "&#x110000;", "\u00ff", "<Body>",
        "</Body>", "<Request>", "<EncryptedData>", "</EncryptedData>", " version=\"2\"", " version=\"1\"",
        "<Signature>", "<SecurityToken type=\"Password\">", "<SecurityToken>", "type=\"X\"", "=", "\"", "'", "<", ">",
        "&", "&lt;", "====", "AAAA", "\u0000", "<Envelope>", "</Envelope>", "<s:Envelope>", "xmlns:x=\"y\"",
        "POST /SSSRMAP3 HTTP/1.1\r\n", "Transfer-Encoding: chunked\r\n", ";", "\t"};

    private final ThreadMXBean threads =
            (ThreadMXBean) ManagementFactory.getThreadMXBean();

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
            wires.add(RequestFraming.frame(new RequestSealer(s, seeded(i)).seal(r).payload()));
        }
        for (String v : new String[] {"req01_user_query_signed.wire", "req04_job_charge_data_signed.wire",
            "req07_user_query_encrypted.wire", "req14_namespaces_encrypted.wire", "neg11_moab_style_chunked_semicolon_accepted.wire",
            "neg12_rfc_chunk_trailer_accepted.wire", "neg13_perl_unwrap_fails_when_wrap_iv_first_byte_is_zero.wire"}) {
            wires.add(Vectors.bytes(v));
        }
        return wires;
    }

    @Test
    void mutatedRequestsOnlyEverYieldGoldExceptionsWithinBoundedTimeAndMemory() throws Exception {
        List<byte[]> wires = validWires();
        ServerSecurity server = new ServerSecurity(ServerPolicy.from(GoldConfig.of(POLICY)), "sss",
                u -> Optional.of("pw"), new InMemoryReplayGuard(() -> 1_700_000_000L), () -> 1_700_000_000L,
                new SecureRandom());
        warmUp(server, wires);
        int[] outcomes = new int[2];
        long[] worst = new long[4]; // allocation, consumed, allocation above the base per consumed byte, filler read
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            Random rnd = new Random(SEED);
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] base = wires.get(rnd.nextInt(wires.size()));
                boolean announce = i % ANNOUNCE_EVERY == 0;
                int size = 1 + rnd.nextInt(2 * LIMITS.maxPayloadBytes());
                byte[] input = announce ? announced(base, size) : mutate(base, rnd);
                Peer peer = new Peer(input, announce || i % 2 == 1);
                long before = threads.getCurrentThreadAllocatedBytes();
                try {
                    server.open(RequestReader.read(peer, LIMITS));
                    outcomes[0]++;
                } catch (GoldException e) {
                    outcomes[1]++;
                } catch (Throwable t) {
                    fail("mutation " + i + " escaped with " + t + "\ninput: "
                            + new String(input, StandardCharsets.ISO_8859_1), t);
                }
                long used = threads.getCurrentThreadAllocatedBytes() - before;
                long consumed = peer.consumed();
                if (consumed > CONSUME_BOUND) {
                    fail("mutation " + i + " consumed " + consumed + " bytes, more than the caps allow (" + CONSUME_BOUND + ")");
                }
                if (announce && size > LIMITS.maxPayloadBytes() && consumed > input.length - payloadOf(base).length) {
                    fail("mutation " + i + " read payload bytes of an over-cap size " + size);
                }
                if (used > ALLOCATION_BASE + ALLOCATION_PER_BYTE * consumed) {
                    fail("mutation " + i + " allocated " + used + " bytes for " + consumed + " bytes consumed");
                }
                worst[0] = Math.max(worst[0], used);
                worst[1] = Math.max(worst[1], consumed);
                worst[2] = Math.max(worst[2], Math.max(0, used - ALLOCATION_BASE) / Math.max(1, consumed));
                worst[3] = Math.max(worst[3], consumed - Math.min(consumed, input.length));
            }
        });
        assertTrue(outcomes[1] > MUTATIONS / 2, "most mutations are rejected: " + Arrays.toString(outcomes));
        assertTrue(outcomes[0] + outcomes[1] == MUTATIONS);
        assertTrue(worst[3] > 0, "some decoder read into an endless peer's filler and still stopped");
        System.out.println("mutation outcomes accepted/rejected " + Arrays.toString(outcomes) + "; worst: allocation "
                + worst[0] + " bytes, consumed " + worst[1] + " bytes (cap bound " + CONSUME_BOUND
                + "), allocation above the base " + worst[2] + " bytes per consumed byte, filler read " + worst[3]);
    }

    /**
     * Nonces and IVs from a seeded SHA1PRNG, so every run mutates the same base messages (a seed given
     * to {@code new SecureRandom(byte[])} only adds to the system entropy).
     */
    static SecureRandom seeded(int i) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(SEED + i);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid payload under a size line announcing {@code size} bytes (up to twice the cap), no terminator. */
    static byte[] announced(byte[] wire, int size) {
        byte[] head = (RequestFraming.HEADER + Integer.toHexString(size).toUpperCase(Locale.ROOT) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return concat(head, payloadOf(wire));
    }

    /** First use loads classes and providers; that one-time allocation is not the message's. */
    private static void warmUp(ServerSecurity server, List<byte[]> wires) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (byte[] w : wires) {
                try {
                    server.open(RequestReader.read(new Peer(w, false), LIMITS));
                } catch (GoldException e) {
                    // replays of the GS2 wires in later rounds: 427, as in the run itself
                }
            }
        }
    }

    /**
     * A peer sending {@code message}, then either closing or (endless) sending filler forever; counts
     * the bytes the decoder took. The filler has no line end, so it also tests the line bound.
     */
    static final class Peer extends InputStream {
        private final byte[] message;
        private final boolean endless;
        private long consumed;

        Peer(byte[] message, boolean endless) {
            this.message = message;
            this.endless = endless;
        }

        long consumed() {
            return consumed;
        }

        @Override
        public int read() {
            if (consumed < message.length) {
                return message[(int) consumed++] & 0xff;
            }
            if (!endless) {
                return -1;
            }
            consumed++;
            return 'A';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int fromMessage = (int) Math.max(0, Math.min(len, message.length - consumed));
            if (fromMessage > 0) {
                System.arraycopy(message, (int) consumed, b, off, fromMessage);
                consumed += fromMessage;
                return fromMessage;
            }
            if (!endless) {
                return -1;
            }
            Arrays.fill(b, off, off + len, (byte) 'A');
            consumed += len;
            return len;
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
