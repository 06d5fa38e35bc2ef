package gold.protocol.security;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The classic signature (docs/protocol.md, Classic suite): SHA-1 over the canonical Body, HMAC-SHA1 keyed with the
 * token value over the 20 raw digest bytes. Verification failures are 424 with the classic inner texts.
 */
public final class ClassicSignature {
    private ClassicSignature() {
    }

    /** The bytes hashed for a canonical Body string: ISO-8859-1 when possible, else UTF-8, as the classic Perl hashed its strings. */
    public static byte[] hashedBytes(String canonicalBody) {
        return fitsLatin1(canonicalBody) ? canonicalBody.getBytes(StandardCharsets.ISO_8859_1)
                : canonicalBody.getBytes(StandardCharsets.UTF_8);
    }

    static boolean fitsLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Base64(SHA-1(bytes)). */
    public static String digestValue(byte[] bytes) {
        return Crypto.b64(Crypto.sha1(bytes));
    }

    /** Base64(HMAC-SHA1(key, Base64-decoded digest)). */
    public static String signatureValue(String tokenValue, byte[] rawDigest) {
        return Crypto.b64(Crypto.hmac("HmacSHA1", Crypto.utf8(tokenValue), rawDigest));
    }

    /** Appends the classic {@code <Signature>} for the envelope's Body (docs/protocol.md, Classic suite). */
    public static void sign(Element envelope, Token token) {
        if (!token.type().equals(Token.SYMMETRIC) && !token.isNamed()) {
            throw Code.SIGN_FAILED.exception("Unsupported security token type (" + token.type() + ")");
        }
        if (token.secret().isEmpty()) {
            throw Code.SIGN_FAILED.exception("Security token cannot be zero length.");
        }
        Element body = envelope.child("Body").orElseThrow(
                () -> Code.SIGN_FAILED.exception("Message body cannot be empty"));
        byte[] digest = Crypto.sha1(hashedBytes(XmlWriter.serialize(body)));
        Element tokenElement = new Element("SecurityToken").attr("type", token.type());
        if (token.isNamed()) {
            tokenElement.attr("name", token.name());
        }
        envelope.add(new Element("Signature")
                .add(Element.withText("DigestValue", Crypto.b64(digest)))
                .add(Element.withText("SignatureValue", signatureValue(token.secret(), digest)))
                .add(tokenElement));
    }

    /**
     * Verifies the classic signature of a (decrypted) envelope. Returns the token that signed it.
     * Throws 424 {@code Failed authenticating message: (<reason>).} on any failure.
     */
    public static Token verify(Element envelope, String actor, TokenResolver resolver) {
        try {
            return check(envelope, actor, resolver);
        } catch (GoldException e) {
            throw Code.AUTH_FAILED.exception("Failed authenticating message: (" + e.getMessage() + ").", e);
        }
    }

    private static Token check(Element envelope, String actor, TokenResolver resolver) {
        Element sig = envelope.child("Signature").orElseThrow(() -> fail("Message not signed -- No signature found"));
        String digestText = sig.child("DigestValue").map(Element::textContent)
                .orElseThrow(() -> fail("No digest value found"));
        String macText = sig.child("SignatureValue").map(Element::textContent)
                .orElseThrow(() -> fail("No signature value found"));
        Token token = resolveToken(sig.child("SecurityToken"), actor, resolver);
        Element body = envelope.child("Body").orElseThrow(() -> fail("Message body cannot be empty"));
        String canonical = XmlWriter.serialize(body);
        byte[] digest = matchingDigest(canonical, digestText.strip());
        String expectedMac = signatureValue(token.secret(), digest);
        if (!Crypto.constantTimeEquals(expectedMac, macText.strip())) {
            throw fail("Incoming MAC does not match calculated MAC");
        }
        return token;
    }

    /** The raw digest whose Base64 equals the received text, trying ISO-8859-1 then UTF-8 bytes. */
    private static byte[] matchingDigest(String canonical, String digestText) {
        byte[] d = Crypto.sha1(hashedBytes(canonical));
        if (Crypto.b64(d).equals(digestText)) {
            return d;
        }
        byte[] u = Crypto.sha1(canonical.getBytes(StandardCharsets.UTF_8));
        if (Crypto.b64(u).equals(digestText)) {
            return u;
        }
        throw fail("Incoming digest does not match calculated digest");
    }

    /** The token named by a SecurityToken element (type and name rules of docs/protocol.md, Classic suite), shared with classic decryption. */
    static Token resolveToken(Optional<Element> tokenElement, String actor, TokenResolver resolver) {
        String type = tokenElement.map(t -> t.attributeOrEmpty("type")).orElse(Token.SYMMETRIC);
        String name = tokenElement.map(t -> t.attributeOrEmpty("name")).orElse("");
        String secret;
        if (type.equals(Token.SYMMETRIC)) {
            secret = resolver.secret(type, "").orElse("");
            name = "";
        } else if (Token.isNamed(type)) {
            if (name.isEmpty()) {
                throw fail("Token name must be specified in " + type + " authentication");
            }
            if (actor != null && !Token.owner(type, name).equals(actor)) {
                throw fail("Token name must match request actor in " + type + " authentication");
            }
            final String user = name;
            secret = resolver.secret(type, name).orElseThrow(() -> fail(type.equals(Token.PASSWORD)
                    ? "No password defined for " + user : "Unknown, revoked or expired API token"));
        } else {
            throw fail("Unsupported security token type (" + type + ")");
        }
        if (secret.isEmpty()) {
            throw fail("Security token cannot be zero length.");
        }
        return new Token(type, name, secret);
    }

    private static GoldException fail(String reason) {
        return Code.SIGN_FAILED.exception(reason);
    }
}
