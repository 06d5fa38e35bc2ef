package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.Metadata;
import gold.server.meta.ObjectMeta;

/**
 * The usage template returned for {@code ShowUsage=True} (data-model.md 8.9, code 010): the
 * selections, assignments, conditions and options the action accepts, as an XML-like sketch.
 */
final class Usage {
    private Usage() {
    }

    static Response of(Metadata meta, Request request) {
        ObjectMeta o = meta.require(request.object());
        String action = Actions.plain(request.action());
        boolean hidden = "True".equals(request.option("ShowHidden"));
        StringBuilder b = new StringBuilder("<Request action=\"").append(action).append("\">\n");
        b.append("    <Object>").append(o.name()).append("</Object>\n");
        for (AttributeMeta a : o.defaultSelection(hidden)) {
            if (action.equals("Query")) {
                b.append("    [<Get name=\"").append(a.name()).append("\" [op=\"Sort|Tros|Count|GroupBy|Max|Min")
                        .append(a.type().floating() || a.type().integral() ? "|Sum|Average" : "").append("\"]/>]\n");
            }
            boolean settable = a.type() != DataType.AutoGen && (action.equals("Create")
                    || (action.equals("Modify") && !a.primaryKey() && !a.fixed()));
            if (settable) {
                b.append("    ").append(a.required() && action.equals("Create") ? "" : "[").append("<Set name=\"")
                        .append(a.name()).append("\">{").append(a.type()).append("}</Set>")
                        .append(a.required() && action.equals("Create") ? "" : "]").append('\n');
            }
            if (!action.equals("Create")) {
                b.append("    [<Where name=\"").append(a.name()).append("\" [op=\"EQ|NE|GT|GE|LT|LE|Match\"]>{")
                        .append(a.type()).append("}</Where>]\n");
            }
        }
        b.append("    [<Option name=\"ShowHidden\">True|False</Option>]\n");
        if (action.equals("Query")) {
            b.append("    [<Option name=\"Time\">{TimeStamp}</Option>]\n    [<Option name=\"Unique\">True|False</Option>]\n")
                    .append("    [<Option name=\"Limit\">{Integer}</Option>]\n    [<Option name=\"Offset\">{Integer}</Option>]\n");
        }
        b.append("    [<Option name=\"ShowUsage\">True|False</Option>]\n</Request>");
        return Response.success("010", b.toString(), -1, java.util.List.of());
    }
}
