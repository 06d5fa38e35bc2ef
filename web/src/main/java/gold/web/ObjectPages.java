package gold.web;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Create, modify, delete and undelete of users, projects, machines, accounts and allocations, driven
 * by goldd's metadata as goldsh's completion is: the attributes of the object (Attribute Query, as
 * the user) give the form fields, in goldd's sequence; the primary key names the instance. The
 * request is goldd's generic {@code <Object> <Action>} sent as the user, so goldd checks and answers.
 */
final class ObjectPages {
    static final List<String> OBJECTS = List.of("User", "Project", "Machine", "Account", "Allocation");
    static final List<String> ACTIONS = List.of("Create", "Modify", "Delete", "Undelete");
    private static final List<String> BOOKKEEPING = List.of("Deleted", "CreationTime", "ModificationTime", "RequestId",
            "TransactionId");

    /** One attribute of goldd's metadata. */
    record Attribute(String name, String dataType, boolean primaryKey, boolean required, boolean fixed, boolean hidden,
                     String description, int sequence) {
    }

    private ObjectPages() {
    }

    static List<Attribute> attributes(GoldCalls calls, String object) {
        Response r = calls.send(Request.builder("Attribute", "Query").where("Object", object)
                .get("Name").get("DataType").get("PrimaryKey").get("Required").get("Fixed").get("Hidden")
                .get("Description").get("Sequence"));
        List<Attribute> out = new ArrayList<>();
        if (r.isFailure()) {
            return out;
        }
        for (Row row : r.data()) {
            int seq;
            try {
                seq = Integer.parseInt(value(row, "Sequence"));
            } catch (NumberFormatException e) {
                seq = 1000;
            }
            out.add(new Attribute(value(row, "Name"), value(row, "DataType"), flag(row, "PrimaryKey"), flag(row, "Required"),
                    flag(row, "Fixed"), flag(row, "Hidden"), value(row, "Description"), seq));
        }
        out.sort(Comparator.comparingInt(Attribute::sequence));
        return out;
    }

    /** The fields a form of this action shows: the key for all but Create, then what may be set. */
    static List<Views.Filter> fields(List<Attribute> attributes, String action, Map<String, String> values) {
        List<Views.Filter> fields = new ArrayList<>();
        Attribute key = key(attributes);
        if (!action.equals("Create") && key != null) {
            fields.add(new Views.Filter("instance", key.name() + " (which one)", values.getOrDefault("instance", "")));
        }
        if (action.equals("Create") || action.equals("Modify")) {
            for (Attribute a : attributes) {
                if (a.hidden() || BOOKKEEPING.contains(a.name()) || a.dataType().equals("AutoGen")
                        || (action.equals("Modify") && (a.fixed() || a.primaryKey()))) {
                    continue;
                }
                String label = a.name() + (action.equals("Create") && a.required() ? " *" : "")
                        + (a.description().isEmpty() ? "" : " — " + a.description());
                fields.add(new Views.Filter("a." + a.name(), label, values.getOrDefault("a." + a.name(), "")));
            }
        }
        return fields;
    }

    /** The request of a submitted form; blank values are left out. */
    static Request.Builder request(List<Attribute> attributes, String object, String action, Map<String, String> values) {
        Request.Builder r = Request.builder(object, action);
        Attribute key = key(attributes);
        if (!action.equals("Create") && key != null) {
            r.where(key.name(), values.getOrDefault("instance", "").strip());
        }
        values.forEach((k, v) -> {
            if (k.startsWith("a.") && !v.isBlank()) {
                r.set(k.substring(2), v.strip());
            }
        });
        return r;
    }

    /** The instances of the object (deleted ones too, so that they can be undeleted), visible columns. */
    static List<Map<String, String>> instances(GoldCalls calls, String object, List<Attribute> attributes) {
        Request.Builder q = Request.builder(object, "Query").option("IncludeDeleted", "True");
        List<String> columns = new ArrayList<>();
        for (Attribute a : attributes) {
            if (!a.hidden() || a.name().equals("Deleted")) {
                columns.add(a.name());
                q.get(Selection.of(a.name()));
            }
        }
        Response r = calls.send(q);
        List<Map<String, String>> rows = new ArrayList<>();
        if (r.isFailure()) {
            return rows;
        }
        for (Row row : r.data()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String c : columns) {
                m.put(c, value(row, c));
            }
            rows.add(m);
        }
        return rows;
    }

    static Attribute key(List<Attribute> attributes) {
        return attributes.stream().filter(Attribute::primaryKey).findFirst().orElse(null);
    }

    private static String value(Row row, String field) {
        String v = row.get(field);
        return v == null ? "" : v;
    }

    private static boolean flag(Row row, String field) {
        return "True".equalsIgnoreCase(value(row, field));
    }
}
