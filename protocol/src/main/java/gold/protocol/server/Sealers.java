package gold.protocol.server;

import gold.protocol.Response;
import gold.protocol.security.ClassicEncryption;
import gold.protocol.security.Direction;
import gold.protocol.security.Gs2Encryption;
import gold.protocol.security.Gs2Signature;
import gold.protocol.security.Gs2Stamp;
import gold.protocol.security.Token;
import gold.protocol.xml.Element;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlOptions;
import gold.protocol.xml.XmlWriter;
import java.security.SecureRandom;
import java.util.function.LongSupplier;

/** The reply sealers of the server: plain, classic encrypted, GS2 signed (and encrypted). */
final class Sealers {
    private Sealers() {
    }

    static ReplySealer plain(XmlOptions xml) {
        return r -> XmlWriter.documentBytes(envelope(xml, r));
    }

    /** Classic encryption under the request's token (Symmetric: shared key; Password: that password). */
    static ReplySealer classicEncrypted(XmlOptions xml, Token token, SecureRandom rnd) {
        return r -> {
            Element env = envelope(xml, r);
            ClassicEncryption.encrypt(env, token, ClassicEncryption.Material.random(rnd), Direction.RESPONSE);
            return XmlWriter.documentBytes(env);
        };
    }

    /** GS2 signature answering {@code requestNonce}, encrypted too when the request was. */
    static ReplySealer gs2(XmlOptions xml, Token token, String requestNonce, boolean encrypt, SecureRandom rnd,
                           LongSupplier clock) {
        return r -> {
            Element env = envelope(xml, r);
            Gs2Signature.sign(env, token, Direction.RESPONSE, Gs2Stamp.fresh(rnd, clock.getAsLong(), requestNonce));
            if (encrypt) {
                byte[] iv = new byte[12];
                rnd.nextBytes(iv);
                Gs2Encryption.encrypt(env, token, Direction.RESPONSE, iv);
            }
            return XmlWriter.documentBytes(env);
        };
    }

    private static Element envelope(XmlOptions xml, Response r) {
        return xml.envelope(ResponseXml.toElement(r));
    }
}
