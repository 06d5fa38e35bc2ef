package gold.protocol.xml;

import gold.protocol.GoldConfig;
import gold.protocol.config.SharedKeys;

/**
 * Envelope namespace settings (docs/protocol.md, Message format, config keys {@code xml.usenamespaces},
 * {@code xml.namespace}, {@code xml.instance}).
 */
public record XmlOptions(boolean useNamespaces, String namespace, String instance) {
    public static final String DEFAULT_NAMESPACE = SharedKeys.XML_NAMESPACE.defaultValue();
    public static final String DEFAULT_INSTANCE = SharedKeys.XML_INSTANCE.defaultValue();

    public static XmlOptions plain() {
        return new XmlOptions(false, DEFAULT_NAMESPACE, DEFAULT_INSTANCE);
    }

    public static XmlOptions from(GoldConfig c) {
        return new XmlOptions(c.get(SharedKeys.XML_USENAMESPACES), c.get(SharedKeys.XML_NAMESPACE),
                c.get(SharedKeys.XML_INSTANCE));
    }

    /** A new empty {@code <Envelope>} with the namespace declarations when enabled. */
    public Element envelope() {
        Element e = new Element("Envelope");
        if (useNamespaces) {
            e.attr("xmlns", namespace).attr("xmlns:xsi", instance)
                    .attr("xsi:schemaLocation", namespace + " sssrmap.xsd");
        }
        return e;
    }

    /** An envelope holding {@code <Body>} with the given content element. */
    public Element envelope(Element content) {
        return envelope().add(new Element("Body").add(content));
    }
}
