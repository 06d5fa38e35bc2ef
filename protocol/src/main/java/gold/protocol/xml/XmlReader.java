package gold.protocol.xml;

import gold.protocol.Code;
import gold.protocol.GoldException;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a Gold payload into an {@link Element} tree with StAX, keeping attribute order, CDATA,
 * comments and processing instructions so the canonical serialization of 5.1 can be reproduced.
 * Hardened (docs/differences.md, Protocol and security): namespace processing off, any DOCTYPE refused, no external entities,
 * bounded nesting depth and node count. Every failure is a {@link GoldException} with code 242.
 */
public final class XmlReader {
    /** Deepest element nesting accepted; Gold messages need about 7 levels. */
    public static final int MAX_DEPTH = 64;
    /** Most nodes accepted by {@link #parse(byte[])}: the server's bound for one request. */
    public static final int DEFAULT_MAX_NODES = 1_000_000;

    private static final XMLInputFactory FACTORY = createFactory();
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z0-9._-]{1,40})\\1");

    private XmlReader() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // the JDK's StAX reports CDATA sections as CHARACTERS unless asked; 5.1 keeps them as CDATA
        f.setProperty("http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.TRUE);
        return f;
    }

    /** Parses a whole document of at most {@link #DEFAULT_MAX_NODES} nodes and returns its root element. */
    public static Element parse(byte[] document) {
        return parse(document, DEFAULT_MAX_NODES);
    }

    /**
     * Parses a whole document and returns its root element; more than {@code maxNodes} nodes is 242.
     * The node cap bounds memory: each node costs a few dozen bytes beyond its text.
     */
    public static Element parse(byte[] document, int maxNodes) {
        return parse(document, 0, document.length, maxNodes);
    }

    /** Parses {@code length} bytes from {@code offset} as a document and returns its root element. */
    public static Element parse(byte[] document, int offset, int length, int maxNodes) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(decode(document, offset, length)));
            return build(r, maxNodes);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof GoldException g) {
                throw g;
            }
            throw malformed(firstLine(e.getMessage()), e);
        } finally {
            close(r);
        }
    }

    /**
     * Decodes the document ourselves, strictly, in its declared encoding (UTF-8 when none): the JDK
     * parser prints decoding errors to stderr, and a strict decoder gives a clean 242 instead.
     */
    static String decode(byte[] doc, int offset, int length) {
        int start = offset;
        if (length >= 3 && (doc[offset] & 0xFF) == 0xEF && (doc[offset + 1] & 0xFF) == 0xBB && (doc[offset + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        Charset cs = StandardCharsets.UTF_8;
        String head = new String(doc, start, Math.min(200, offset + length - start), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head);
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(2));
            } catch (IllegalArgumentException e) {
                throw malformed("Unsupported encoding " + m.group(2), e);
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(doc, start, offset + length - start)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("Invalid " + cs.name() + " byte sequence", e);
        }
    }

    private static Element build(XMLStreamReader r, int maxNodes) throws XMLStreamException {
        Deque<Element> stack = new ArrayDeque<>();
        // one String per distinct element name: rows repeat the same few names millions of times
        Map<String, String> names = new HashMap<>();
        Element root = null;
        long nodes = 0;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (++nodes > maxNodes) {
                throw malformed("too many XML nodes", null);
            }
            if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.SPACE
                    && text.length() > 0) {
                // StAX may split text; libxml2 keeps adjacent text as one node
                stack.peek().add(new XmlNode.Text(text.toString()));
                text.setLength(0);
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw malformed("elements nested too deeply", null);
                    }
                    String name = r.getLocalName();
                    if (names.size() < 10_000) {
                        name = names.computeIfAbsent(name, n -> n);
                    }
                    Element e = new Element(name);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        e.attr(qualifiedAttributeName(r, i), r.getAttributeValue(i));
                    }
                    if (stack.isEmpty()) {
                        if (root != null) {
                            throw malformed("more than one root element", null);
                        }
                        root = e;
                    } else {
                        stack.peek().add(e);
                    }
                    stack.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        text.append(r.getText());
                    }
                }
                case XMLStreamConstants.CDATA -> {
                    if (!stack.isEmpty()) {
                        stack.peek().add(new XmlNode.CData(r.getText()));
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    if (!stack.isEmpty()) {
                        stack.peek().add(new XmlNode.Comment(r.getText()));
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if (!stack.isEmpty()) {
                        String data = r.getPIData();
                        stack.peek().add(new XmlNode.Pi(r.getPITarget(), data == null ? "" : data.strip()));
                    }
                }
                case XMLStreamConstants.DTD -> throw malformed("DOCTYPE declarations are not accepted", null);
                case XMLStreamConstants.ENTITY_REFERENCE -> throw malformed("undefined entity reference", null);
                default -> { }
            }
        }
        if (root == null) {
            throw malformed("no root element", null);
        }
        return root;
    }

    private static String qualifiedAttributeName(XMLStreamReader r, int i) {
        String prefix = r.getAttributePrefix(i);
        String local = r.getAttributeLocalName(i);
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static GoldException malformed(String reason, Throwable cause) {
        return Code.MALFORMED.exception("The message is malformed\n" + reason, cause);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "XML parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                throw malformed("parser could not be closed", e);
            }
        }
    }
}
