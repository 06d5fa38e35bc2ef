package gold.protocol.xml;

import gold.protocol.Row;
import java.util.ArrayList;
import java.util.List;

/** {@code <Data>} rows in both directions: one element per row, one child element per field. */
final class RowXml {
    private RowXml() {
    }

    static Element data(List<Row> rows) {
        Element data = new Element("Data");
        for (Row row : rows) {
            Element r = new Element(row.name());
            for (Row.Field f : row.fields()) {
                r.add(Element.withText(f.name(), f.value()));
            }
            data.add(r);
        }
        return data;
    }

    static List<Row> rows(Element data) {
        List<Row> rows = new ArrayList<>();
        for (Element r : data.elements()) {
            Row.Builder b = new Row.Builder(r.name());
            for (Element f : r.elements()) {
                b.put(f.name(), f.textContent());
            }
            rows.add(b.build());
        }
        return rows;
    }
}
