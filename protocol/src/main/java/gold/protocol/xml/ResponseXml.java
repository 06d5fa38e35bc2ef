package gold.protocol.xml;

import gold.protocol.Code;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Status;
import java.util.List;

/**
 * Converts a {@link Response} to and from its {@code <Response>} element (docs/protocol.md, Message format): attribute
 * order chunkNum, chunkMax, actor, then our {@code server}; chunk attributes only for multi-chunk
 * replies; Message only when non-empty; Count (its exact text) only when >= 0; Data only with at
 * least one row.
 */
public final class ResponseXml {
    private ResponseXml() {
    }

    public static Element toElement(Response r) {
        Element e = new Element("Response");
        if (!(r.chunkNum() == 1 && r.chunkMax() == 0)) {
            e.attr("chunkNum", Integer.toString(r.chunkNum())).attr("chunkMax", Integer.toString(r.chunkMax()));
        }
        e.attrIfSet("actor", r.actor()).attrIfSet("server", r.server());
        Element status = new Element("Status");
        status.add(Element.withText("Value", r.status().name()));
        status.add(Element.withText("Code", r.code()));
        if (!r.message().isEmpty()) {
            status.add(Element.withText("Message", r.message()));
        }
        e.add(status);
        // the classic writer omits a negative Count ("present iff >= 0", docs/protocol.md, Response)
        if (!r.countText().isEmpty() && !r.countText().startsWith("-")) {
            e.add(Element.withText("Count", r.countText()));
        }
        if (!r.data().isEmpty()) {
            e.add(RowXml.data(r.data()));
        }
        return e;
    }

    /**
     * Reads a {@code <Response>} element like the Perl client: no Status is 321; a missing Value leaves
     * Failure and a missing Code leaves 999; absent chunk attributes mean a single chunk (1/0).
     */
    public static Response fromElement(Element e) {
        Element status = e.child("Status").orElseThrow(() -> Code.NO_STATUS.exception(Code.NO_STATUS.classicMessage()));
        Status value = status.child("Value").map(v -> parseStatus(v.textContent())).orElse(Status.Failure);
        String code = status.child("Code").map(Element::textContent).orElse(Code.UNSPECIFIED.code());
        String message = status.child("Message").map(Element::textContent).orElse("");
        String count = e.child("Count").map(Element::textContent).orElse("");
        List<Row> data = e.child("Data").map(RowXml::rows).orElse(List.of());
        int chunkNum = (int) parseLong(e.attributeOrEmpty("chunkNum"), 1);
        int chunkMax = (int) parseLong(e.attributeOrEmpty("chunkMax"), 0);
        return new Response(value, code, message, -1, data, chunkNum, chunkMax, e.attributeOrEmpty("actor"),
                e.attributeOrEmpty("server"), count);
    }

    private static Status parseStatus(String s) {
        for (Status st : Status.values()) {
            if (st.name().equals(s)) {
                return st;
            }
        }
        return Status.Failure;
    }

    private static long parseLong(String s, long def) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException ex) {
            return def;
        }
    }
}
