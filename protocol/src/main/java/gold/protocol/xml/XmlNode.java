package gold.protocol.xml;

/**
 * A node of the small, order-preserving XML tree used for Gold messages. Unlike the JDK DOM it keeps
 * attributes in document order, which the signature canonicalization (docs/protocol.md, Canonical form) depends on.
 */
public sealed interface XmlNode permits Element, XmlNode.Text, XmlNode.CData, XmlNode.Comment, XmlNode.Pi {

    /** Character data (entity and character references already resolved). */
    record Text(String text) implements XmlNode {
    }

    /** A CDATA section, kept as such by the canonical serializer. */
    record CData(String text) implements XmlNode {
    }

    /** A comment. */
    record Comment(String text) implements XmlNode {
    }

    /** A processing instruction; {@code data} is "" when absent. */
    record Pi(String target, String data) implements XmlNode {
    }
}
