package gold.protocol.security;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.xml.Element;
import gold.protocol.xml.XmlNode;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Classic encryption (docs/protocol.md, Classic suite): gzip, DES-EDE3-CBC under a random session key, the
 * session key wrapped under KEK = token value padded to 24 bytes. Senders avoid the values a classic
 * receiver cannot unwrap (docs/differences.md, Protocol and security); receivers validate padding and never strip zero bytes.
 */
public final class ClassicEncryption {
    /** The random values of one encryption; exposed so tests can reproduce recorded vectors. */
    public record Material(byte[] sessionKey, byte[] dataIv, byte[] wrapIv) {
        public Material {
            if (sessionKey.length != 24 || dataIv.length != 8 || wrapIv.length != 8) {
                throw new IllegalArgumentException("session key 24 bytes, IVs 8 bytes");
            }
        }

        /** Fresh randomness that every classic receiver can unwrap. */
        public static Material random(SecureRandom rnd) {
            byte[] wk = new byte[24];
            byte[] iv1 = new byte[8];
            byte[] iv2 = new byte[8];
            rnd.nextBytes(iv1);
            do {
                rnd.nextBytes(wk);
                rnd.nextBytes(iv2);
            } while (!KeyWrap.safeForClassicReceivers(wk, iv2));
            return new Material(wk, iv1, iv2);
        }
    }

    /** The outcome of decryption: the rebuilt envelope (Signature, Body) and the token that decrypted it. */
    public record Decrypted(Element envelope, Token token) {
    }

    private ClassicEncryption() {
    }

    /** Replaces Signature and Body of the envelope with EncryptedData (docs/protocol.md, Classic suite); failures are 432. */
    public static void encrypt(Element envelope, Token token, Material m, Direction dir) {
        try {
            if (!token.type().equals(Token.SYMMETRIC) && !token.isNamed()) {
                throw new IllegalArgumentException("Unsupported security token type (" + token.type() + ")");
            }
            if (token.secret().isEmpty()) {
                throw new IllegalArgumentException("Security token cannot be zero length.");
            }
            Element body = envelope.child("Body").orElseThrow(
                    () -> Code.NO_BODY.exception(Code.NO_BODY.classicMessage()));
            String plain = envelope.child("Signature").map(XmlWriter::serialize).orElse("") + XmlWriter.serialize(body);
            byte[] gz = Gzip.compress(plain.getBytes(StandardCharsets.UTF_8));
            byte[] c = TripleDes.encrypt(m.sessionKey(), m.dataIv(), TripleDes.pad(gz));
            byte[] cipherValue = new byte[8 + c.length];
            System.arraycopy(m.dataIv(), 0, cipherValue, 0, 8);
            System.arraycopy(c, 0, cipherValue, 8, c.length);
            byte[] ek = KeyWrap.wrap(TripleDes.kek(Crypto.utf8(token.secret())), m.sessionKey(), m.wrapIv());
            Element tokenElement = new Element("SecurityToken").attr("type", token.type());
            if (token.isNamed()) {
                tokenElement.attr("name", token.name());
            }
            envelope.removeChildren("Signature");
            envelope.removeChildren("Body");
            envelope.add(new Element("EncryptedData")
                    .add(Element.withText("EncryptedKey", Crypto.b64(ek)))
                    .add(Element.withText("CipherValue", Crypto.b64(cipherValue)))
                    .add(tokenElement));
        } catch (RuntimeException e) {
            throw Code.ENCRYPT_FAILED.exception("Failed encrypting " + dir.noun() + ": (" + e.getMessage()
                    + ").", e);
        }
    }

    /** Decrypts an envelope holding classic EncryptedData; failures are 434. */
    public static Decrypted decrypt(Element envelope, TokenResolver resolver, int limit, Direction dir) {
        return decrypt(envelope, resolver, limit, XmlReader.DEFAULT_MAX_NODES, dir);
    }

    /**
     * Decrypts with explicit bounds: {@code limit} bytes of decompressed plaintext and {@code maxNodes}
     * XML nodes in it; failures are 434.
     */
    public static Decrypted decrypt(Element envelope, TokenResolver resolver, int limit, int maxNodes, Direction dir) {
        try {
            Element ed = envelope.child("EncryptedData").orElseThrow(
                    () -> reason("Message not encrypted -- No encrypted data found"));
            String ekText = ed.child("EncryptedKey").map(Element::textContent)
                    .orElseThrow(() -> reason("No encrypted key found"));
            String cvText = ed.child("CipherValue").map(Element::textContent)
                    .orElseThrow(() -> reason("No cipher value found"));
            Token token = ClassicSignature.resolveToken(ed.child("SecurityToken"), null, resolver);
            byte[] wk = KeyWrap.unwrap(TripleDes.kek(Crypto.utf8(token.secret())), Crypto.unb64(ekText));
            byte[] cv = Crypto.unb64(cvText);
            if (cv.length < 16 || cv.length % 8 != 0) {
                throw reason("Cipher value has an invalid length (" + cv.length + ")");
            }
            byte[] padded = TripleDes.decrypt(wk, Arrays.copyOf(cv, 8), Arrays.copyOfRange(cv, 8, cv.length));
            byte[] plain = Gzip.decompress(TripleDes.unpad(padded), limit);
            Element rebuilt = rebuild(envelope, decode(plain), maxNodes);
            if (token.isNamed() && dir == Direction.REQUEST) {
                String actor = rebuilt.child("Body").flatMap(b -> b.child("Request"))
                        .map(r -> r.attributeOrEmpty("actor")).orElse("");
                if (!Token.owner(token.type(), token.name()).equals(actor)) {
                    throw reason("Token name must match request actor in Password authentication");
                }
            }
            return new Decrypted(rebuilt, token);
        } catch (GoldException e) {
            throw Code.DECRYPT_FAILED.exception("Failed decrypting " + dir.noun() + ": (" + innerText(e)
                    + ").", e);
        } catch (RuntimeException e) {
            throw Code.DECRYPT_FAILED.exception("Failed decrypting " + dir.noun() + ": ("
                    + e.getMessage() + ").", e);
        }
    }

    private static String innerText(GoldException e) {
        // XML failures of the plaintext carry the 242 prefix; keep only the parser's reason
        String m = e.getMessage();
        return m.startsWith("The message is malformed\n") ? m.substring(m.indexOf('\n') + 1) : m;
    }

    /** UTF-8 (our peers, and ASCII from anybody); ISO-8859-1 when a Perl peer sent Latin-1 bytes. */
    private static String decode(byte[] plain) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(plain)).toString();
        } catch (CharacterCodingException e) {
            return new String(plain, StandardCharsets.ISO_8859_1);
        }
    }

    /** The original envelope without EncryptedData, holding the decrypted elements. */
    static Element rebuild(Element envelope, String plaintext, int maxNodes) {
        Element wrapper = XmlReader.parse(("<Envelope>" + plaintext + "</Envelope>").getBytes(StandardCharsets.UTF_8),
                maxNodes);
        Element out = new Element(envelope.name());
        envelope.namespaces().forEach(a -> out.attr(a.name(), a.value()));
        envelope.attributes().forEach(a -> out.attr(a.name(), a.value()));
        for (XmlNode n : envelope.children()) {
            if (!(n instanceof Element e && e.name().equals("EncryptedData"))) {
                out.add(n);
            }
        }
        for (XmlNode n : wrapper.children()) {
            out.add(n);
        }
        return out;
    }

    private static GoldException reason(String text) {
        return Code.DECRYPT_FAILED.exception(text);
    }

    static Optional<Element> encryptedData(Element envelope) {
        return envelope.child("EncryptedData");
    }
}
