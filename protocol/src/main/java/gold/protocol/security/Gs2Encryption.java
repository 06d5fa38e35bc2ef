package gold.protocol.security;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * GS2 encryption (docs/protocol.md, GS2 suite): AES-256-GCM over serialize(Signature) ‖ serialize(Body) with a
 * per-message key derived from the nonce, the token and direction bound as associated data. A failed
 * tag is 438; the inner signature is then verified by {@link Gs2Signature}.
 */
public final class Gs2Encryption {
    private Gs2Encryption() {
    }

    /** Replaces the GS2 Signature and the Body with a GS2 EncryptedData; {@code iv} is 12 random bytes. */
    public static void encrypt(Element envelope, Token token, Direction dir, byte[] iv) {
        Element sig = envelope.child("Signature").orElseThrow(() -> Code.ENCRYPT_FAILED.exception("Failed encrypting " + dir.noun() + ": (No signature to protect)."));
        Element body = envelope.child("Body").orElseThrow(() -> Code.NO_BODY.exception(Code.NO_BODY.classicMessage()));
        String nonce = sig.child("Nonce").map(Element::textContent).orElseThrow();
        byte[] plain = (XmlWriter.serialize(sig) + XmlWriter.serialize(body)).getBytes(StandardCharsets.UTF_8);
        byte[] ct = run(Cipher.ENCRYPT_MODE, token, dir, nonce, iv, plain);
        byte[] value = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, value, 0, iv.length);
        System.arraycopy(ct, 0, value, iv.length, ct.length);
        envelope.removeChildren("Signature");
        envelope.removeChildren("Body");
        envelope.add(new Element("EncryptedData").attr("version", Gs2Signature.VERSION)
                .add(Element.withText("CipherValue", Crypto.b64(value)).attr("method", "aes256-gcm"))
                .add(Gs2Signature.tokenElement(token))
                .add(Element.withText("Nonce", nonce)));
    }

    /** Decrypts a GS2 EncryptedData into an envelope holding the inner Signature and Body. */
    public static ClassicEncryption.Decrypted decrypt(Element envelope, Direction dir, TokenResolver resolver) {
        return decrypt(envelope, dir, resolver, XmlReader.DEFAULT_MAX_NODES);
    }

    /** As {@link #decrypt(Element, Direction, TokenResolver)} with at most {@code maxNodes} inner XML nodes. */
    public static ClassicEncryption.Decrypted decrypt(Element envelope, Direction dir, TokenResolver resolver,
                                                      int maxNodes) {
        Element ed = envelope.child("EncryptedData").orElseThrow(() -> Code.DECRYPT_FAILED.exception("Failed decrypting " + dir.noun() + ": (Message not encrypted -- No encrypted data found)."));
        if (!Gs2Signature.VERSION.equals(ed.attributeOrEmpty("version"))) {
            throw Gs2Signature.unsupported();
        }
        Element cv = ed.child("CipherValue").orElseThrow(() -> failed(dir, "No cipher value found"));
        if (!"aes256-gcm".equals(cv.attributeOrEmpty("method"))) {
            throw Gs2Signature.unsupported();
        }
        String nonce = ed.child("Nonce").map(Element::textContent).orElseThrow(() -> failed(dir, "No nonce found")).strip();
        Token token;
        try {
            token = ClassicSignature.resolveToken(ed.child("SecurityToken"), null, resolver);
        } catch (GoldException e) {
            throw failed(dir, e.getMessage());
        }
        byte[] value;
        try {
            value = Crypto.unb64(cv.textContent());
        } catch (IllegalArgumentException e) {
            throw aead();
        }
        if (value.length < 12 + 16) {
            throw aead();
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, token, dir, nonce, Arrays.copyOf(value, 12),
                Arrays.copyOfRange(value, 12, value.length));
        Element rebuilt = ClassicEncryption.rebuild(envelope, new String(plain, StandardCharsets.UTF_8), maxNodes);
        String innerNonce = rebuilt.child("Signature").flatMap(s -> s.child("Nonce")).map(Element::textContent)
                .orElse("").strip();
        if (!innerNonce.equals(nonce)) {
            throw failed(dir, "Inner signature nonce does not match");
        }
        return new ClassicEncryption.Decrypted(rebuilt, token);
    }

    private static byte[] run(int mode, Token token, Direction dir, String nonce, byte[] iv, byte[] data) {
        byte[] nonceBytes;
        try {
            nonceBytes = Crypto.unb64(nonce);
        } catch (IllegalArgumentException e) {
            throw aead();
        }
        String aad = String.join("\n", "GOLD-GS2-ENC", dir.wire(), token.type(),
                token.isNamed() ? token.name() : "", nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(Hkdf.encryptionKey(token.secret(), nonceBytes), "AES"),
                    new GCMParameterSpec(128, iv));
            c.updateAAD(Crypto.utf8(aad));
            return c.doFinal(data);
        } catch (AEADBadTagException e) {
            throw aead();
        } catch (GeneralSecurityException e) {
            if (mode == Cipher.DECRYPT_MODE) {
                throw aead();
            }
            throw Code.ENCRYPT_FAILED.exception("Failed encrypting " + dir.noun() + ": (" + e.getMessage() + ").", e);
        }
    }

    private static GoldException aead() {
        return Code.AEAD_FAILED.exception(Code.AEAD_FAILED.classicMessage());
    }

    private static GoldException failed(Direction dir, String reason) {
        return Code.DECRYPT_FAILED.exception("Failed decrypting " + dir.noun() + ": (" + reason + ").");
    }
}
