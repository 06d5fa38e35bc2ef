package gold.protocol.server;

import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.ClassicSignature;
import gold.protocol.security.Direction;
import gold.protocol.security.Gs2Encryption;
import gold.protocol.security.Gs2Signature;
import gold.protocol.security.PasswordLookup;
import gold.protocol.security.ReplayGuard;
import gold.protocol.security.Token;
import gold.protocol.security.TokenResolver;
import gold.protocol.wire.ChunkedReplyWriter;
import gold.protocol.wire.ReplyFraming;
import gold.protocol.xml.Element;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.XmlReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The server's receive path after framing (docs/protocol.md, Classic suite): parse the payload, decrypt,
 * authenticate in the classic or GS2 suite according to {@link ServerPolicy}, read the Request, and
 * hand back an {@link OpenedRequest} whose sealer answers in the same suite. Every failure is a
 * {@link RejectedRequest} carrying the sealer its error reply must use. Thread-safe.
 */
public final class ServerSecurity {
    private final ServerPolicy policy;
    private final String sharedKey;
    private final TokenResolver resolver;
    private final ReplayGuard replay;
    private final LongSupplier clock;
    private final SecureRandom random;

    public ServerSecurity(GoldConfig goldd, String sharedKey, PasswordLookup passwords, ReplayGuard replay) {
        this(ServerPolicy.from(goldd), sharedKey, passwords, replay, () -> System.currentTimeMillis() / 1000,
                new SecureRandom());
    }

    public ServerSecurity(ServerPolicy policy, String sharedKey, PasswordLookup passwords, ReplayGuard replay,
                          LongSupplier epochSecondsClock, SecureRandom random) {
        this.policy = Objects.requireNonNull(policy);
        this.sharedKey = Objects.requireNonNull(sharedKey);
        this.resolver = TokenResolver.of(sharedKey, passwords);
        this.replay = Objects.requireNonNull(replay);
        this.clock = epochSecondsClock;
        this.random = random;
    }

    public ServerPolicy policy() {
        return policy;
    }

    /** The sealer for replies that cannot be tied to a suite (framing errors, unreadable requests). */
    public ReplySealer plainSealer() {
        return Sealers.plain(policy.xml());
    }

    /** Opens one received payload; throws {@link RejectedRequest} with the code and text of the failure. */
    public OpenedRequest open(byte[] payload) {
        ReplySealer errorSealer = plainSealer();
        try {
            Element root = XmlReader.parse(payload, policy.maxNodes());
            if (!root.name().equals("Envelope")) {
                throw Code.MALFORMED.exception("The message is malformed\nThe root element is " + root.name()
                        + " but should be Envelope.");
            }
            boolean gs2 = Gs2Signature.isVersioned(root);
            if (gs2 ? !policy.gs2Accept() : !policy.legacyAccept()) {
                throw Code.UNSUPPORTED_METHOD.exception(Code.UNSUPPORTED_METHOD.classicMessage());
            }
            return gs2 ? openGs2(root) : openClassic(root);
        } catch (RejectedRequest r) {
            throw r;
        } catch (GoldException e) {
            throw new RejectedRequest(e, errorSealer);
        }
    }

    private OpenedRequest openClassic(Element root) {
        boolean encrypted = root.child("EncryptedData").isPresent();
        Element env = root;
        Token token = null;
        ReplySealer sealer = plainSealer();
        if (encrypted) {
            ClassicEncryption.Decrypted d = ClassicEncryption.decrypt(root, resolver, policy.maxPlaintextBytes(),
                    policy.maxNodes(), Direction.REQUEST);
            env = d.envelope();
            token = d.token();
            sealer = Sealers.classicEncrypted(policy.xml(), token, random);
        } else if (policy.encryption()) {
            throw notEncrypted();
        }
        try {
            Element request = requestElement(env);
            String actor = request.attributeOrEmpty("actor");
            boolean authenticated = false;
            if (policy.authentication() || env.child("Signature").isPresent()) {
                // the classic receiver takes the signature's token independently of the encryption's
                token = ClassicSignature.verify(env, actor, resolver);
                authenticated = true;
            }
            Request r = RequestXml.fromElement(request);
            return new OpenedRequest(r, sealer, false, encrypted, authenticated,
                    token == null ? "" : token.type(), token == null ? "" : token.name());
        } catch (GoldException e) {
            throw new RejectedRequest(e, sealer);
        }
    }

    private OpenedRequest openGs2(Element root) {
        boolean encrypted = root.child("EncryptedData").isPresent();
        Element env = root;
        if (encrypted) {
            env = Gs2Encryption.decrypt(root, Direction.REQUEST, resolver, policy.maxNodes()).envelope();
        } else if (policy.encryption() || policy.gs2RequireEncryption()) {
            throw notEncrypted();
        }
        Element request = requestElement(env);
        Gs2Signature.Verified v = Gs2Signature.verify(env, Direction.REQUEST, request.attributeOrEmpty("actor"), resolver);
        ReplySealer sealer = Sealers.gs2(policy.xml(), v.token(), v.stamp().nonce(), encrypted, random, clock);
        try {
            long now = clock.getAsLong();
            if (Math.abs(now - v.stamp().timestamp()) > policy.replayWindowSeconds()) {
                throw Code.STALE.exception(Code.STALE.classicMessage());
            }
            if (!replay.firstUse(v.token().type(), v.token().name(), v.stamp().nonce(),
                    now + 2 * policy.replayWindowSeconds())) {
                throw Code.REPLAYED.exception(Code.REPLAYED.classicMessage());
            }
            Request r = RequestXml.fromElement(request);
            return new OpenedRequest(r, sealer, true, encrypted, true, v.token().type(), v.token().name());
        } catch (GoldException e) {
            throw new RejectedRequest(e, sealer);
        }
    }

    private static Element requestElement(Element env) {
        Element body = env.child("Body").orElseThrow(() -> Code.MALFORMED.exception("No body found in the message\nEnvelope should have a Body element."));
        return body.child("Request").orElseThrow(() -> Code.MALFORMED.exception("No request found in the message\nBody should have a Request element."));
    }

    private static GoldException notEncrypted() {
        return Code.DECRYPT_FAILED.exception("Failed decrypting message: (Message not encrypted -- No encrypted data found).");
    }

    /**
     * The complete reply bytes for a receive-phase failure (docs/protocol.md, Receive-phase errors): one Failure chunk sealed as the
     * rejection says, under the Reply.pm status line for 242 and 200 OK otherwise. An empty connection
     * (243) is never answered: asking for its reply is an IllegalArgumentException.
     */
    public static byte[] errorReply(GoldException e, ReplySealer sealer, String serverActor) {
        if (Code.NULL_CONNECTION.code().equals(e.code())) {
            throw new IllegalArgumentException("an empty connection gets no reply");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ChunkedReplyWriter(out, ReplyFraming.header(ReplyFraming.statusFor(e.code(), e.getMessage())))
                    .send(sealer.seal(Response.failure(e.code(), e.getMessage()).withActor(serverActor)), true);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "ServerSecurity[" + policy + ", key " + (sharedKey.isEmpty() ? "empty" : "set") + "]";
    }
}
