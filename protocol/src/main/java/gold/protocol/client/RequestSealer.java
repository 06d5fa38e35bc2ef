package gold.protocol.client;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.ClassicSignature;
import gold.protocol.security.Direction;
import gold.protocol.security.Gs2Encryption;
import gold.protocol.security.Gs2Signature;
import gold.protocol.security.Gs2Stamp;
import gold.protocol.security.Token;
import gold.protocol.security.TokenResolver;
import gold.protocol.xml.Element;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Seals requests on the client side in the configured suite (classic: sign, then encrypt; GS2: sign
 * with timestamp and nonce, optionally AES-GCM) and builds the matching reply check. In GS2 mode a
 * reply must be GS2-signed for this very request (InResponseTo), under the same token, and encrypted
 * when the request was; anything else is refused, so no downgrade is possible.
 */
public final class RequestSealer {
    /** Largest decompressed classic reply plaintext accepted. */
    private static final int MAX_PLAINTEXT = 512 * 1024 * 1024;
    /** Replies are bounded by the reply size cap; large chunked queries have millions of nodes. */
    private static final int MAX_NODES = Integer.MAX_VALUE;

    private final ClientSettings settings;
    private final SecureRandom random;

    public RequestSealer(ClientSettings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    /** Marshals and seals a request; failures are 311/312 (incomplete request), 422 or 432. */
    public SealedRequest seal(Request request) {
        Request r = effective(request);
        if (r.objects().isEmpty()) {
            throw Code.NO_OBJECT.exception("Object not specified in request");
        }
        if (r.action().isEmpty()) {
            throw Code.NO_ACTION.exception("Action not specified in request");
        }
        if (r.actor().isEmpty()) {
            throw Code.NO_ACTION.exception("Actor not specified in request");
        }
        Element env = settings.xml().envelope(RequestXml.toElement(r));
        Token token = settings.token();
        if (settings.mode() == ClientSettings.Mode.GS2) {
            Gs2Stamp stamp = Gs2Stamp.fresh(random, settings.clock().getAsLong(), "");
            Gs2Signature.sign(env, token, Direction.REQUEST, stamp);
            if (settings.encryption()) {
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                Gs2Encryption.encrypt(env, token, Direction.REQUEST, iv);
            }
            return new SealedRequest(XmlWriter.documentBytes(env), p -> openGs2(p, token, stamp.nonce()));
        }
        if (settings.authentication()) {
            try {
                ClassicSignature.sign(env, token);
            } catch (GoldException e) {
                throw Code.SIGN_FAILED.exception("Failed signing message: (" + e.getMessage() + ").", e);
            }
        }
        if (settings.encryption()) {
            ClassicEncryption.encrypt(env, token, ClassicEncryption.Material.random(random), Direction.REQUEST);
        }
        return new SealedRequest(XmlWriter.documentBytes(env), p -> openClassic(p, token));
    }

    /** The request as sent: chunking on when the request or gold.conf asks, chunk size likewise. */
    private Request effective(Request r) {
        Request.Builder b = r.toBuilder().chunking(r.chunking() || settings.chunking());
        if (r.chunkSize() == 0 && settings.chunkSize() > 0) {
            b.chunkSize(settings.chunkSize());
        }
        return b.build();
    }

    private TokenResolver resolverFor(Token own) {
        return (type, name) -> {
            if (Token.isNamed(type)) {
                return own.type().equals(type) && own.name().equals(name) ? Optional.of(own.secret()) : Optional.empty();
            }
            return Optional.of(settings.authKey());
        };
    }

    private Response openClassic(byte[] payload, Token own) {
        Element env = envelope(payload);
        if (env.child("EncryptedData").isPresent()) {
            env = ClassicEncryption.decrypt(env, resolverFor(own), MAX_PLAINTEXT, MAX_NODES, Direction.RESPONSE)
                    .envelope();
        }
        return response(env);
    }

    private Response openGs2(byte[] payload, Token own, String requestNonce) {
        Element env = envelope(payload);
        boolean signed = Gs2Signature.isVersioned(env);
        if (!signed) {
            throw unverified(env, "Reply is not signed");
        }
        if (env.child("EncryptedData").isPresent()) {
            env = Gs2Encryption.decrypt(env, Direction.RESPONSE, resolverFor(own), MAX_NODES).envelope();
        } else if (settings.encryption()) {
            throw unverified(env, "Reply is not encrypted");
        }
        Gs2Signature.Verified v = Gs2Signature.verify(env, Direction.RESPONSE, null, resolverFor(own));
        if (!v.token().type().equals(own.type()) || !v.token().name().equals(own.isNamed() ? own.name() : "")) {
            throw Code.AUTH_FAILED.exception("Failed authenticating reply: (Reply signed with another token).");
        }
        if (!v.stamp().inResponseTo().equals(requestNonce)) {
            throw Code.AUTH_FAILED.exception("Failed authenticating reply: (Reply does not answer this request).");
        }
        return response(env);
    }

    /** Refuses an unauthenticated reply but keeps the server's (unverified) words for the user. */
    private static GoldException unverified(Element env, String reason) {
        String said = env.child("Body").flatMap(b -> b.child("Response")).map(r -> {
            try {
                Response resp = ResponseXml.fromElement(r);
                return " -- unverified server message: " + resp.code() + " " + resp.message();
            } catch (GoldException e) {
                return "";
            }
        }).orElse("");
        return Code.AUTH_FAILED.exception("Failed authenticating reply: (" + reason + said + ").");
    }

    private static Element envelope(byte[] payload) {
        Element root = XmlReader.parse(payload, MAX_NODES);
        if (!root.name().equals("Envelope")) {
            throw Code.MALFORMED.exception("The message is malformed\nThe root element is " + root.name()
                    + " but should be Envelope.");
        }
        return root;
    }

    private static Response response(Element env) {
        Element body = env.child("Body").orElseThrow(() -> Code.MALFORMED.exception("No body found in the message\nEnvelope should have a Body element."));
        Element response = body.child("Response").orElseThrow(() -> Code.NO_RESPONSE.exception(Code.NO_RESPONSE.classicMessage()));
        return ResponseXml.fromElement(response);
    }
}
