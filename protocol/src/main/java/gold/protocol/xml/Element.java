package gold.protocol.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element with attributes in insertion (document) order and ordered children. Names are
 * qualified names as written ({@code s:Envelope}); lookups are namespace-blind, as in the classic
 * Gold readers (docs/protocol.md, Message format). Namespace declarations ({@code xmlns}, {@code xmlns:p}) are kept
 * apart from ordinary attributes because libxml2 writes them first.
 */
public final class Element implements XmlNode {
    /** One attribute or namespace declaration. */
    public record Attribute(String name, String value) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String name;
    // created on first use: large replies hold millions of mostly attribute-less elements
    private List<Attribute> namespaces = List.of();
    private List<Attribute> attributes = List.of();
    private List<XmlNode> children = List.of();

    public Element(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A new element holding just this text (no text node when the text is empty). */
    public static Element withText(String name, String text) {
        return new Element(name).text(text);
    }

    public String name() {
        return name;
    }

    /** Adds an attribute, or a namespace declaration when the name is xmlns or xmlns:prefix. */
    public Element attr(String attrName, String value) {
        Attribute a = new Attribute(attrName, value);
        if (attrName.equals("xmlns") || attrName.startsWith("xmlns:")) {
            namespaces = grow(namespaces);
            namespaces.add(a);
        } else {
            attributes = grow(attributes);
            attributes.add(a);
        }
        return this;
    }

    /** Adds an attribute only when the value is not empty (the classic writers' omission rule). */
    public Element attrIfSet(String attrName, String value) {
        return value == null || value.isEmpty() ? this : attr(attrName, value);
    }

    public Element add(XmlNode child) {
        Objects.requireNonNull(child, "child");
        children = grow(children);
        children.add(child);
        return this;
    }

    private static <T> List<T> grow(List<T> list) {
        return list instanceof ArrayList<T> ? list : new ArrayList<>(4);
    }

    /** Appends text; empty text adds nothing so the element serializes as {@code <X></X>}. */
    public Element text(String text) {
        if (text != null && !text.isEmpty()) {
            add(new Text(text));
        }
        return this;
    }

    public List<Attribute> namespaces() {
        return Collections.unmodifiableList(namespaces);
    }

    public List<Attribute> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    public List<XmlNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** The value of the first attribute with this qualified name. */
    public Optional<String> attribute(String attrName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attrName)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /** The attribute value, or "" when absent. */
    public String attributeOrEmpty(String attrName) {
        return attribute(attrName).orElse("");
    }

    /** The first direct child element with this qualified name (getChildrenByTagName semantics). */
    public Optional<Element> child(String childName) {
        for (XmlNode n : children) {
            if (n instanceof Element e && e.name.equals(childName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** All direct child elements with this name, in document order. */
    public List<Element> childrenNamed(String childName) {
        List<Element> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof Element e && e.name.equals(childName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** All direct child elements, in document order. */
    public List<Element> elements() {
        List<Element> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Removes every direct child element with this name. */
    public void removeChildren(String childName) {
        if (children instanceof ArrayList<XmlNode>) {
            children.removeIf(n -> n instanceof Element e && e.name.equals(childName));
        }
    }

    /** The concatenated text of all descendant text and CDATA nodes (DOM textContent). */
    public String textContent() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (XmlNode n : children) {
            switch (n) {
                case Text t -> sb.append(t.text());
                case CData c -> sb.append(c.text());
                case Element e -> e.appendText(sb);
                default -> { }
            }
        }
    }

    @Override
    public String toString() {
        return XmlWriter.serialize(this);
    }
}
