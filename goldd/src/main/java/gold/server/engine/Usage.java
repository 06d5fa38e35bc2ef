package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.Metadata;
import gold.server.meta.ObjectMeta;
import java.util.List;

/**
 * The usage template returned for {@code ShowUsage=True} (docs/data-model.md, Actions, code 010), in the
 * classic server's notation: the objects, then the
 * selections (Query), assignments (Create, Modify; none for AutoGen, none for key or fixed
 * attributes in Modify), conditions (Query, Modify, Delete, Undelete) and options, each optional part
 * in brackets and each choice's default in parentheses. Hidden attributes only with ShowHidden=True.
 * The text ends with a newline, as the classic one does.
 */
final class Usage {
    private static final String INDENT = "    ";

    private Usage() {
    }

    static Response of(Metadata meta, Request request) {
        String action = Actions.plain(request.action());
        boolean hidden = "True".equals(request.option("ShowHidden"));
        List<ObjectMeta> objects = request.objects().stream().map(ObjectRef::name).map(meta::require).toList();
        boolean joined = objects.size() > 1;
        StringBuilder b = new StringBuilder("<Request action=\"").append(request.action()).append("\">\n");
        objects.forEach(o -> b.append(INDENT).append("<Object>").append(o.name()).append("</Object>\n"));
        if (action.equals("Query")) {
            for (ObjectMeta o : objects) {
                o.defaultSelection(hidden).forEach(a -> b.append(selection(a, joined)));
            }
        }
        if (action.equals("Create") || action.equals("Modify")) {
            for (AttributeMeta a : objects.get(0).defaultSelection(hidden)) {
                boolean settable = a.type() != DataType.AutoGen
                        && !(action.equals("Modify") && (a.primaryKey() || a.fixed()));
                if (settable) {
                    b.append(assignment(a, action.equals("Create")));
                }
            }
        }
        if (List.of("Query", "Modify", "Delete", "Undelete").contains(action)) {
            for (ObjectMeta o : objects) {
                o.defaultSelection(hidden).forEach(a -> b.append(condition(a, joined)));
            }
        }
        b.append(option("ShowHidden", "True|False (False)")).append(option("ShowUsage", "True|False (False)"));
        if (action.equals("Query")) {
            if (objects.get(0).name().contains("Attribute")) {
                b.append(option("SortBySequence", "True|False (False)"));
            }
            b.append(option("Time", "YYYY-MM-DD[ hh:mm:ss]")).append(option("Unique", "True|False (False)"))
                    // Offset only makes sense with Limit, hence the nesting.
                    .append(INDENT).append("[<Option name=\"Limit\">{Integer Number}</Option>\n")
                    .append(INDENT).append("[<Option name=\"Offset\">{Integer Number}</Option>]]\n");
        }
        b.append("</Request>\n");
        return Response.success(Code.USAGE.code(), b.toString(), -1, List.of());
    }

    private static String selection(AttributeMeta a, boolean joined) {
        String ops = "Sort|Tros|Count|GroupBy" + (a.type() == DataType.Boolean ? "" : "|Max|Min")
                + (summable(a.type()) ? "|Sum|Average" : "");
        return INDENT + "[<Get name=\"" + a.name() + "\" [op=\"" + ops + "\"]"
                + (joined ? " object=\"" + a.object() + "\"" : "") + "></Get>]\n";
    }

    private static String assignment(AttributeMeta a, boolean create) {
        boolean mandatory = create && a.required();
        String ops = "Assign" + (summable(a.type()) && !create ? "|Inc|Dec" : "") + " (Assign)";
        String value = placeholder(a) + (a.hasDefault() ? " (" + a.defaultValue() + ")" : "");
        String set = "<Set name=\"" + a.name() + "\" [op=\"" + ops + "\"]>" + value + "</Set>";
        return INDENT + (mandatory ? set : "[" + set + "]") + "\n";
    }

    private static String condition(AttributeMeta a, boolean joined) {
        String ops = "eq|ne" + (a.type() == DataType.Boolean ? "" : "|gt|ge|lt|le")
                + (a.type() == DataType.String ? "|match" : "") + " (eq)";
        return INDENT + "[<Where name=\"" + a.name() + "\" [op=\"" + ops + "\"] [conj=\"And|Or (And)\"]"
                + " [group=\"<Integer Number>\"]"
                + (joined ? " object=\"" + a.object() + "\" [subject=\"<Object Name>\"]" : "")
                + ">" + placeholder(a) + "</Where>]\n";
    }

    private static String option(String name, String value) {
        return INDENT + "[<Option name=\"" + name + "\">" + value + "</Option>]\n";
    }

    private static boolean summable(DataType t) {
        return t == DataType.Integer || t == DataType.Float || t == DataType.Currency;
    }

    /** What a value of the attribute looks like; a string stands for what its description says. */
    private static String placeholder(AttributeMeta a) {
        return switch (a.type()) {
            case String -> "{" + a.description() + "}";
            case Boolean -> "True|False";
            case Integer, AutoGen -> "{Integer Number}";
            case Currency -> "{Decimal Number}";
            case Float -> "{Floating Point Number}";
            case TimeStamp -> "YYYY-MM-DD[ hh:mm:ss]|-infinity|infinity|now";
        };
    }
}
