package gold.protocol.xml;

import java.nio.charset.StandardCharsets;

/**
 * Serializes elements exactly as libxml2 does with tag compression off (docs/protocol.md, Message format):
 * expanded empty elements, namespace declarations before attributes, attributes in order, and the
 * libxml2 escaping rules for text and attribute values. The same routine produces the canonical Body
 * string that is hashed and the payload that is sent.
 */
public final class XmlWriter {
    /** The XML declaration every Gold producer writes, followed by LF. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private XmlWriter() {
    }

    /** The serialization of one element (no declaration, no trailing LF). */
    public static String serialize(Element element) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, element);
        return sb.toString();
    }

    /** A whole document: declaration, LF, root, LF. */
    public static String document(Element root) {
        return DECLARATION + serialize(root) + "\n";
    }

    /** {@link #document(Element)} as UTF-8 bytes, the payload that travels. */
    public static byte[] documentBytes(Element root) {
        return document(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder sb, XmlNode node) {
        switch (node) {
            case Element e -> writeElement(sb, e);
            case XmlNode.Text t -> escapeText(sb, t.text());
            case XmlNode.CData c -> sb.append("<![CDATA[").append(c.text()).append("]]>");
            case XmlNode.Comment c -> sb.append("<!--").append(c.text()).append("-->");
            case XmlNode.Pi p -> {
                sb.append("<?").append(p.target());
                if (!p.data().isEmpty()) {
                    sb.append(' ').append(p.data());
                }
                sb.append("?>");
            }
        }
    }

    private static void writeElement(StringBuilder sb, Element e) {
        sb.append('<').append(e.name());
        for (Element.Attribute a : e.namespaces()) {
            writeAttribute(sb, a);
        }
        for (Element.Attribute a : e.attributes()) {
            writeAttribute(sb, a);
        }
        sb.append('>');
        for (XmlNode child : e.children()) {
            write(sb, child);
        }
        sb.append("</").append(e.name()).append('>');
    }

    private static void writeAttribute(StringBuilder sb, Element.Attribute a) {
        sb.append(' ').append(a.name()).append("=\"");
        escapeAttribute(sb, a.value());
        sb.append('"');
    }

    /** libxml2 text escaping: {@code & < >} and CR; quotes, TAB, LF and non-ASCII stay literal. */
    static void escapeText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }

    /** libxml2 attribute escaping: {@code & < > "} TAB LF CR; the single quote stays literal. */
    static void escapeAttribute(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
