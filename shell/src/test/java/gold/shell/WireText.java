package gold.shell;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.protocol.Selection;

/** The {@code <Request>} text of goldsh.md section 3, for comparing parsed requests in tests. */
final class WireText {
    private WireText() {
    }

    static String of(Request r) {
        StringBuilder sb = new StringBuilder("<Request");
        attr(sb, "action", r.action());
        attr(sb, "actor", r.actor());
        sb.append('>');
        for (ObjectRef o : r.objects()) {
            sb.append("<Object");
            attr(sb, "alias", o.alias());
            attr(sb, "join", o.join());
            sb.append('>').append(escape(o.name())).append("</Object>");
        }
        for (Selection s : r.selections()) {
            sb.append("<Get");
            attr(sb, "object", s.object());
            attr(sb, "name", s.name());
            attr(sb, "op", s.op());
            attr(sb, "alias", s.alias());
            sb.append("></Get>");
        }
        for (Assignment a : r.assignments()) {
            sb.append("<Set");
            attr(sb, "name", a.name());
            attr(sb, "op", a.op());
            sb.append('>').append(escape(a.value())).append("</Set>");
        }
        for (Condition c : r.conditions()) {
            sb.append("<Where");
            attr(sb, "conj", c.conj());
            attr(sb, "group", c.group());
            attr(sb, "object", c.object());
            attr(sb, "name", c.name());
            attr(sb, "op", c.op());
            attr(sb, "subject", c.subject());
            sb.append('>').append(escape(c.value())).append("</Where>");
        }
        for (Option o : r.options()) {
            sb.append("<Option");
            attr(sb, "name", o.name());
            attr(sb, "op", o.op());
            sb.append('>').append(escape(o.value())).append("</Option>");
        }
        if (!r.data().isEmpty()) {
            sb.append("<Data>");
            for (Row row : r.data()) {
                sb.append('<').append(row.name()).append('>');
                for (Row.Field f : row.fields()) {
                    sb.append('<').append(f.name()).append('>').append(escape(f.value())).append("</").append(f.name()).append('>');
                }
                sb.append("</").append(row.name()).append('>');
            }
            sb.append("</Data>");
        }
        return sb.append("</Request>").toString();
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (!value.isEmpty()) {
            sb.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
