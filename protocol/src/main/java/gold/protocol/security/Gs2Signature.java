package gold.protocol.security;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;

/**
 * The GS2 signature (docs/protocol.md, GS2 suite): SHA-256 of the UTF-8 canonical Body, HMAC-SHA256 with the
 * HKDF-derived MAC key over a signing input that binds direction, timestamp, nonce, token and the
 * request nonce answered. Freshness policy (window, replay) is the caller's; this class checks form
 * (428) and MAC (424).
 */
public final class Gs2Signature {
    public static final String VERSION = "2";

    /** What a verified GS2 signature says. */
    public record Verified(Token token, Gs2Stamp stamp) {
    }

    private Gs2Signature() {
    }

    /** Appends a GS2 Signature for the envelope's Body. */
    public static void sign(Element envelope, Token token, Direction dir, Gs2Stamp stamp) {
        Element body = envelope.child("Body").orElseThrow(
                () -> Code.SIGN_FAILED.exception("Failed signing " + dir.noun() + ": (Message body cannot be empty)."));
        if (token.secret().isEmpty()) {
            throw Code.SIGN_FAILED.exception("Failed signing " + dir.noun()
                    + ": (Security token cannot be zero length.).");
        }
        String digest = Crypto.b64(Crypto.sha256(XmlWriter.serialize(body).getBytes(StandardCharsets.UTF_8)));
        String mac = mac(token, dir, stamp, digest);
        Element sig = new Element("Signature").attr("version", VERSION)
                .add(Element.withText("DigestValue", digest).attr("method", "sha256"))
                .add(Element.withText("SignatureValue", mac).attr("method", "hmac-sha256"))
                .add(tokenElement(token))
                .add(Element.withText("Timestamp", Long.toString(stamp.timestamp())))
                .add(Element.withText("Nonce", stamp.nonce()));
        if (dir == Direction.RESPONSE) {
            sig.add(Element.withText("InResponseTo", stamp.inResponseTo()));
        }
        envelope.add(sig);
    }

    static Element tokenElement(Token token) {
        Element t = new Element("SecurityToken").attr("type", token.type());
        return token.isNamed() ? t.attr("name", token.name()) : t;
    }

    private static String mac(Token token, Direction dir, Gs2Stamp stamp, String digest) {
        String input = String.join("\n", "GOLD-GS2-SIG", dir.wire(), Long.toString(stamp.timestamp()),
                stamp.nonce(), token.type(), token.isNamed() ? token.name() : "", stamp.inResponseTo(), digest);
        return Crypto.b64(Crypto.hmac("HmacSHA256", Hkdf.macKey(token.secret()), Crypto.utf8(input)));
    }

    /** True when the envelope's Signature or EncryptedData declares a version (i.e. is not classic). */
    public static boolean isVersioned(Element envelope) {
        return envelope.child("Signature").flatMap(s -> s.attribute("version")).isPresent()
                || envelope.child("EncryptedData").flatMap(s -> s.attribute("version")).isPresent();
    }

    /**
     * Verifies form and MAC of a GS2-signed (already decrypted) envelope. {@code actor} is the Request
     * actor that a Password token must name (null to skip, for responses).
     */
    public static Verified verify(Element envelope, Direction dir, String actor, TokenResolver resolver) {
        Element sig = envelope.child("Signature").orElseThrow(() -> auth(dir, "Message not signed -- No signature found"));
        if (!VERSION.equals(sig.attributeOrEmpty("version"))) {
            throw unsupported();
        }
        Element digestEl = sig.child("DigestValue").orElseThrow(() -> auth(dir, "No digest value found"));
        Element macEl = sig.child("SignatureValue").orElseThrow(() -> auth(dir, "No signature value found"));
        if (!"sha256".equals(digestEl.attributeOrEmpty("method"))
                || !"hmac-sha256".equals(macEl.attributeOrEmpty("method"))) {
            throw unsupported();
        }
        Token token;
        try {
            token = ClassicSignature.resolveToken(sig.child("SecurityToken"), actor, resolver);
        } catch (GoldException e) {
            throw auth(dir, e.getMessage());
        }
        String ts = sig.child("Timestamp").map(Element::textContent).orElseThrow(() -> auth(dir, "No timestamp found"));
        String nonce = sig.child("Nonce").map(Element::textContent).orElseThrow(() -> auth(dir, "No nonce found"));
        String irt = sig.child("InResponseTo").map(Element::textContent).orElse("");
        long timestamp;
        try {
            timestamp = Long.parseLong(ts.strip());
        } catch (NumberFormatException e) {
            throw auth(dir, "Invalid timestamp");
        }
        Element body = envelope.child("Body").orElseThrow(() -> auth(dir, "Message body cannot be empty"));
        String digest = Crypto.b64(Crypto.sha256(XmlWriter.serialize(body).getBytes(StandardCharsets.UTF_8)));
        if (!Crypto.constantTimeEquals(digest, digestEl.textContent().strip())) {
            throw auth(dir, "Incoming digest does not match calculated digest");
        }
        Gs2Stamp stamp = new Gs2Stamp(timestamp, nonce.strip(), dir == Direction.RESPONSE ? irt.strip() : "");
        if (!Crypto.constantTimeEquals(mac(token, dir, stamp, digest), macEl.textContent().strip())) {
            throw auth(dir, "Incoming MAC does not match calculated MAC");
        }
        return new Verified(token, stamp);
    }

    static GoldException unsupported() {
        return Code.UNSUPPORTED_METHOD.exception(Code.UNSUPPORTED_METHOD.classicMessage());
    }

    private static GoldException auth(Direction dir, String reason) {
        return Code.AUTH_FAILED.exception("Failed authenticating " + dir.noun() + ": (" + reason + ").");
    }
}
