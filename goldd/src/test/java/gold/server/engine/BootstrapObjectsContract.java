package gold.server.engine;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Create, Query, Modify, Delete and Undelete of every bootstrap object (docs/data-model.md, Metadata), with the
 * handlers goldd really runs and every request and reply travelling as protocol XML. The object list,
 * each object's actions and attributes, which attributes a Create needs and what a Modify may change
 * all come from the server's own metadata (Object, Action and Attribute queries); a referenced value
 * ({@code @Object}) is a fresh instance of that object, made the same way.
 *
 * <p>Objects with a documented non-generic treatment: ANY and NONE are table-less pseudo-objects whose
 * only actions are the wildcards ANY/NONE (docs/data-model.md, Metadata), so they are checked to have no Create;
 * Transaction has only Query, Undo and Redo, so it is queried (every step above wrote records into it).
 * Account Delete/Undelete, Allocation Create/Modify/Delete/Undelete, AccountAccount Create/Modify and
 * Project Create run through the bank's handlers (docs/data-model.md, Big picture), with the replies the generic
 * engine also gives. The metadata objects answer 080 to every change (docs/data-model.md, Metadata cache).
 */
abstract class BootstrapObjectsContract extends ServerFixture {
    /** docs/data-model.md, Metadata: the complete bootstrap metadata has 30 objects. */
    private static final int BOOTSTRAP_OBJECTS = 30;
    private static final Set<String> METADATA = Set.of("Object", "Attribute", "Action", "Role", "RoleAction",
            "RoleUser", "Password");
    private int serial;
    private final Set<String> associations = new HashSet<>();
    private final Set<String> cascadesToMetadata = new HashSet<>();


    /** One attribute's metadata as the Attribute Query answers it. */
    record Attr(String name, String type, boolean key, boolean required, boolean fixed, boolean hidden,
                String values, String defaultValue) {
        boolean autoGen() {
            return type.equals("AutoGen");
        }

        static Attr of(Row r) {
            return new Attr(r.get("Name"), r.get("DataType"), "True".equals(r.get("PrimaryKey")),
                    "True".equals(r.get("Required")), "True".equals(r.get("Fixed")), "True".equals(r.get("Hidden")),
                    r.get("Values") == null ? "" : r.get("Values"),
                    r.get("DefaultValue") == null ? "" : r.get("DefaultValue"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBootstrapObjectGoesThroughItsWholeLifeOverTheProtocol() {
        Response catalogue = ok(Request.builder("Object", "Query").get("Name").get("Association").get("Parent")
                .get("Child"));
        List<String> objects = column(catalogue, "Name");
        assertEquals(BOOTSTRAP_OBJECTS, objects.size(), "bootstrap objects: " + objects);
        for (Row r : catalogue.data()) {
            if ("True".equals(r.get("Association"))) {
                associations.add(r.get("Name"));
                if (METADATA.contains(r.get("Name"))) {
                    // the cascade's nested request on a metadata association refreshes the cache (Cascade)
                    cascadesToMetadata.add(r.get("Parent"));
                    cascadesToMetadata.add(r.get("Child"));
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String object : objects) {
            tests.add(DynamicTest.dynamicTest(object, () -> exercise(object)));
        }
        return tests.stream();
    }

    private void exercise(String object) {
        Set<String> actions = Set.copyOf(column(ok(Request.builder("Action", "Query").where("Object", object)
                .get("Name")), "Name"));
        switch (object) {
            case "ANY", "NONE" -> {
                assertEquals(Set.of(object), actions);
                return;
            }
            case "Transaction" -> {
                assertEquals(Set.of("Query", "Undo", "Redo"), actions);
                String user = create("User", attributes("User")).get("Name");
                Response r = ok(Request.builder("Transaction", "Query").where("Object", "User")
                        .where("Action", "Create").where("Name", user).get("Actor"));
                assertEquals(List.of(TestGold.ADMIN), column(r, "Actor"), "the Transaction record of a User Create");
                return;
            }
            default -> assertTrue(actions.containsAll(List.of("Create", "Query", "Modify", "Delete", "Undelete")),
                    object + " actions " + actions);
        }
        List<Attr> attrs = attributes(object);
        String changed = METADATA.contains(object) ? "080" : "000";
        Map<String, String> key = create(object, attrs);
        assertEquals(1, query(object, key).count(), object + " queried after Create");

        Attr target = modifiable(attrs);
        List<String> value;
        if (target == null) {
            // a pure link (e.g. RoleUser) has nothing but its key: there is nothing a Modify could change
            assertTrue(associations.contains(object), object + " has no modifiable attribute: " + attrs);
            value = null;
        } else {
            String assigned = sample(target, "Changed");
            Response m = gold.encoded(where(Request.builder(object, "Modify"), key).set(target.name(), assigned));
            assertEquals(changed, m.code(), object + " Modify: " + m.message());
            assertEquals("Successfully modified 1 " + object + "s", m.message());
            assertEquals(1, m.count());
            value = stored(object, key, target);
            if (object.equals("Password")) {
                // stored encrypted (docs/protocol.md, Classic suite): only check that the stored value changed to a cipher text
                assertTrue(!value.get(0).isEmpty() && !value.get(0).equals(assigned), "Password stored " + value);
            } else {
                assertEquals(List.of(assigned), value, object + "." + target.name() + " after Modify");
            }
        }

        String cascaded = cascadesToMetadata.contains(object) ? "080" : changed;
        Response d = gold.encoded(where(Request.builder(object, "Delete"), key));
        assertEquals(cascaded, d.code(), object + " Delete: " + d.message());
        assertTrue(d.message().startsWith("Successfully deleted 1 " + object + "s"), d.message());
        assertEquals(0, query(object, key).count(), object + " still visible after Delete");
        Response deleted = gold.encoded(where(Request.builder(object, "Query"), key).where("Deleted", "True")
                .option("ShowHidden", "True"));
        assertEquals(1, deleted.count(), object + " row kept soft-deleted");

        Response u = gold.encoded(where(Request.builder(object, "Undelete"), key));
        assertEquals(cascaded, u.code(), object + " Undelete: " + u.message());
        assertTrue(u.message().startsWith("Successfully undeleted 1 " + object + "s"), u.message());
        assertEquals(1, query(object, key).count(), object + " visible again after Undelete");
        if (target != null) {
            assertEquals(value, stored(object, key, target), object + " revived with its modified value");
        }
    }

    private List<String> stored(String object, Map<String, String> key, Attr a) {
        return column(ok(where(Request.builder(object, "Query"), key).get(a.name())), a.name());
    }

    /** Creates an instance with every required attribute that has no default; returns its key. */
    private Map<String, String> create(String object, List<Attr> attrs) {
        if (object.equals("Allocation")) {
            return deposit();
        }
        Request.Builder b = Request.builder(object, "Create");
        if (object.equals("Password")) {
            // not Required in the metadata, but a Password needs one of 8 characters or more
            b.set("Password", "Secret-" + ++serial);
        }
        Map<String, String> key = new LinkedHashMap<>();
        for (Attr a : attrs) {
            if (a.required() && !a.autoGen() && a.defaultValue().isEmpty()) {
                String v = sample(a, "");
                b.set(a.name(), v);
                if (a.key()) {
                    key.put(a.name(), v);
                }
            }
        }
        Response r = gold.encoded(b);
        assertEquals(METADATA.contains(object) ? "080" : "000", r.code(), object + " Create: " + r.message());
        if (object.equals("Project")) {
            // docs/bank.md, Project Create: Project Create also makes the project's default account
            assertTrue(r.message().matches("Successfully created 1 Project\nAuto-generated Account [0-9]+"),
                    r.message());
        } else {
            assertEquals("Successfully created 1 " + object, r.message());
        }
        assertEquals(1, r.count());
        assertEquals(1, r.data().size());
        for (Attr a : attrs) {
            if (a.key() && a.autoGen()) {
                String id = r.data().get(0).get(a.name());
                assertTrue(id != null && id.matches("[0-9]+"), object + " generated " + a.name() + ": " + id);
                key.put(a.name(), id);
            }
        }
        for (Map.Entry<String, String> e : key.entrySet()) {
            assertEquals(e.getValue(), r.data().get(0).get(e.getKey()), object + " Create reply " + e.getKey());
        }
        assertTrue(!key.isEmpty(), object + " has a primary key");
        return key;
    }

    /**
     * An Allocation is made by Account Deposit (docs/bank.md, Guards: Allocation Create is refused): a
     * fresh account, a deposit into it, and the Id of the one allocation it created.
     */
    private Map<String, String> deposit() {
        String account = create("Account", attributes("Account")).get("Id");
        Response d = gold.encoded(Request.builder("Account", "Deposit").option("Id", account).option("Amount", "100"));
        assertEquals("000", d.code(), d.message());
        Response a = ok(Request.builder("Allocation", "Query").where("Account", account).get("Id"));
        assertEquals(1, a.count(), "allocations of a fresh account after one deposit");
        return Map.of("Id", column(a, "Id").get(0));
    }

    /** A value of the attribute's type; a reference is a fresh instance, a list its last member. */
    private String sample(Attr a, String variant) {
        if (a.values().startsWith("@")) {
            String ref = a.values().substring(1);
            Map<String, String> key = create(ref, attributes(ref));
            assertEquals(1, key.size(), ref + " has a single key");
            return key.values().iterator().next();
        }
        if (a.values().startsWith("(")) {
            String[] members = a.values().substring(1, a.values().length() - 1).split(",");
            return members[variant.isEmpty() ? 0 : members.length - 1].trim();
        }
        int n = ++serial;
        return switch (a.type()) {
            case "Integer", "Float", "Currency" -> String.valueOf(n);
            case "Boolean" -> variant.isEmpty() ? "True" : "False";
            case "TimeStamp" -> String.valueOf(1_700_000_000L + n * 3600L);
            default -> "Sample" + variant + n;
        };
    }

    /** Description when it can be changed, else the first visible, changeable, non-key attribute, else null. */
    private static Attr modifiable(List<Attr> attrs) {
        List<Attr> candidates = attrs.stream()
                .filter(a -> !a.key() && !a.fixed() && !a.hidden() && !a.autoGen()).toList();
        return candidates.stream().filter(a -> a.name().equals("Description")).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    private List<Attr> attributes(String object) {
        Response r = ok(Request.builder("Attribute", "Query").where("Object", object).get("Name").get("DataType")
                .get("PrimaryKey").get("Required").get("Fixed").get("Hidden").get("Values").get("DefaultValue")
                .get(Selection.of("Sequence", "Sort")));
        assertTrue(r.count() > 0, object + " has attributes");
        return r.data().stream().map(Attr::of).toList();
    }

    private Response query(String object, Map<String, String> key) {
        return ok(where(Request.builder(object, "Query"), key));
    }

    private static Request.Builder where(Request.Builder b, Map<String, String> key) {
        key.forEach((name, value) -> b.where(Condition.eq(name, value)));
        return b;
    }

    private Response ok(Request.Builder b) {
        Response r = gold.encoded(b);
        assertEquals("000", r.code(), r.message());
        return r;
    }

    private static List<String> column(Response r, String name) {
        return r.data().stream().map(row -> row.get(name)).toList();
    }
}
