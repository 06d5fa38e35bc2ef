package gold.protocol.xml;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.protocol.Selection;

import java.util.Locale;

/**
 * Converts a {@link Request} to and from its {@code <Request>} element with the Perl writer's attribute
 * orders and omission rules (docs/protocol.md, Message format). Our request key travels as the attribute
 * {@code requestKey} after the classic attributes (docs/differences.md, request keys).
 */
public final class RequestXml {
    /** Attribute name of our request key on {@code <Request>}. */
    public static final String REQUEST_KEY = "requestKey";

    private RequestXml() {
    }

    public static Element toElement(Request r) {
        Element e = new Element("Request");
        e.attrIfSet("action", r.action()).attrIfSet("actor", r.actor());
        if (r.chunking()) {
            e.attr("chunking", "True");
        }
        if (r.chunkSize() != 0) {
            e.attr("chunkSize", Integer.toString(r.chunkSize()));
        }
        e.attrIfSet(REQUEST_KEY, r.requestKey());
        for (ObjectRef o : r.objects()) {
            e.add(Element.withText("Object", o.name()).attrIfSet("alias", o.alias()).attrIfSet("join", o.join()));
        }
        for (Selection s : r.selections()) {
            e.add(new Element("Get").attrIfSet("object", s.object()).attrIfSet("name", s.name())
                    .attrIfSet("op", s.op()).attrIfSet("alias", s.alias()));
        }
        for (Assignment a : r.assignments()) {
            Element set = new Element("Set").attrIfSet("name", a.name());
            if (!a.op().equals("Assign")) {
                set.attrIfSet("op", a.op());
            }
            e.add(set.text(a.value()));
        }
        for (Condition c : r.conditions()) {
            Element where = new Element("Where").attrIfSet("conj", c.conj());
            if (!c.group().equals("0")) {
                where.attrIfSet("group", c.group());
            }
            where.attrIfSet("object", c.object()).attrIfSet("name", c.name());
            if (!c.op().equals("eq")) {
                where.attrIfSet("op", c.op());
            }
            e.add(where.attrIfSet("subject", c.subject()).text(c.value()));
        }
        for (Option o : r.options()) {
            e.add(Element.withText("Option", o.value()).attrIfSet("name", o.name()).attrIfSet("op", o.op()));
        }
        if (!r.data().isEmpty()) {
            e.add(RowXml.data(r.data()));
        }
        return e;
    }

    /**
     * Reads a {@code <Request>} element with the original server's rules: missing action or actor is
     * 312, no Object is 311; chunking matches /true/i; a non-numeric chunkSize means unlimited (0).
     */
    public static Request fromElement(Element e) {
        String action = e.attributeOrEmpty("action");
        if (action.isEmpty()) {
            throw Code.NO_ACTION.exception(Code.NO_ACTION.classicMessage());
        }
        String actor = e.attributeOrEmpty("actor");
        if (actor.isEmpty()) {
            throw Code.NO_ACTION.exception("No actor specified in the request.");
        }
        Request.Builder b = Request.builder().action(action).actor(actor)
                .chunking(e.attributeOrEmpty("chunking").toLowerCase(Locale.ROOT).contains("true"))
                .chunkSize(positiveInt(e.attributeOrEmpty("chunkSize")))
                .requestKey(e.attributeOrEmpty(REQUEST_KEY));
        for (Element child : e.elements()) {
            switch (child.name()) {
                case "Object" -> b.object(new ObjectRef(child.textContent(), child.attributeOrEmpty("alias"),
                        child.attributeOrEmpty("join")));
                case "Get" -> b.get(new Selection(child.attributeOrEmpty("object"), child.attributeOrEmpty("name"),
                        child.attributeOrEmpty("op"), child.attributeOrEmpty("alias")));
                case "Set" -> b.set(new Assignment(child.attributeOrEmpty("name"), child.attributeOrEmpty("op"),
                        child.textContent()));
                case "Where" -> b.where(new Condition(child.attributeOrEmpty("conj"), child.attributeOrEmpty("group"),
                        child.attributeOrEmpty("object"), child.attributeOrEmpty("name"), child.attributeOrEmpty("op"),
                        child.attributeOrEmpty("subject"), child.textContent()));
                case "Option" -> b.option(new Option(child.attributeOrEmpty("name"), child.attributeOrEmpty("op"),
                        child.textContent()));
                case "Data" -> {
                    for (Row row : RowXml.rows(child)) {
                        b.data(row);
                    }
                }
                default -> { }
            }
        }
        Request r = b.build();
        if (r.objects().isEmpty()) {
            throw Code.NO_OBJECT.exception(Code.NO_OBJECT.classicMessage());
        }
        return r;
    }

    /** Perl-like leading-digits value; anything non-numeric or not positive is 0 (unlimited). */
    private static int positiveInt(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && end < 9 && Character.isDigit(t.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return 0;
        }
        return Integer.parseInt(t.substring(0, end));
    }
}
