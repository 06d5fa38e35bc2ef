package gold.shell;

import gold.protocol.Code;
import gold.protocol.Row;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The value of a {@code Data:=} option: XML that is wrapped in {@code <Data>...</Data>}; each child
 * element becomes one datum of the request (a {@code <Job>} for {@code Job Charge}), its child
 * elements the datum's fields. Malformed XML is reported as {@code The data is malformed (...)}
 * instead of crashing the shell, as the classic one did. Document type
 * declarations are refused, so a value cannot make the shell read files or the network.
 */
final class DataDocument {
    private DataDocument() {
    }

    static List<Row> parse(String xml) {
        Element root;
        try {
            root = builder().parse(new InputSource(new StringReader("<Data>" + xml + "</Data>"))).getDocumentElement();
        } catch (SAXException e) {
            throw new CommandSyntaxException(Code.INVALID_VALUE, "The data is malformed (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new CommandSyntaxException(Code.INVALID_VALUE, "The data is malformed (" + e.getMessage() + ").", e);
        }
        List<Row> rows = new ArrayList<>();
        for (Element datum : children(root)) {
            Row.Builder row = new Row.Builder(datum.getTagName());
            for (Element field : children(datum)) {
                row.put(field.getTagName(), field.getTextContent());
            }
            rows.add(row.build());
        }
        return rows;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
    }

    /** Turns every problem into an exception instead of the parser's default print to stderr. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make the data unusable; the value is still parsed.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
