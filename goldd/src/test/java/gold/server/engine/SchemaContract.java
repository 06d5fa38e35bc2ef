package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run-time customization, joins, aggregation, time travel and undo/redo on every database. */
abstract class SchemaContract extends ServerFixture {
    /** A second server process (another worker) on the same database. */
    abstract TestGold openSecond(Path home) throws Exception;

    static Request.Builder req(String object, String action) {
        return Request.builder(object, action);
    }

    /** Defines the object License (Id, Type, User, Count) and its five actions through {@code gold}. */
    private void defineLicense() {
        Response o = gold.ok(req("Object", "Create").set("Name", "License").set("Description", "Software licenses"));
        assertEquals("080", o.code());
        assertEquals("080", gold.ok(req("Attribute", "Create").set("Object", "License").set("Name", "Id")
                .set("DataType", "AutoGen").set("PrimaryKey", "True")).code());
        gold.ok(req("Attribute", "Create").set("Object", "License").set("Name", "Type")
                .set("Values", "(Matlab,Gaussian)").set("Fixed", "True"));
        gold.ok(req("Attribute", "Create").set("Object", "License").set("Name", "User").set("Values", "@User"));
        gold.ok(req("Attribute", "Create").set("Object", "License").set("Name", "Count").set("DataType", "Integer")
                .set("DefaultValue", "1"));
        for (String action : List.of("Create", "Query", "Modify", "Delete", "Undelete")) {
            assertEquals("080", gold.ok(req("Action", "Create").set("Object", "License").set("Name", action)).code());
        }
    }

    @Test
    void aRuntimeObjectIsUsableRightAfterItsActionsAreCreated() throws Exception {
        defineLicense();
        gold.ok(req("User", "Create").set("Name", "amy"));
        Response c = gold.ok(req("License", "Create").set("Type", "Matlab").set("User", "amy"));
        assertEquals("Successfully created 1 License", c.message());
        assertEquals("1", c.data().get(0).get("Id"));
        assertEquals("1", c.data().get(0).get("Count"));
        assertEquals("740", gold.call(req("License", "Create").set("Type", "Excel")).code());
        assertEquals("740", gold.call(req("License", "Create").set("Type", "Matlab").set("User", "nobody")).code());
        gold.ok(req("License", "Create").set("Type", "Gaussian").set("Count", "4"));
        Response m = gold.ok(req("License", "Modify").where("Id", "2").set(new Assignment("Count", "Inc", "3")));
        assertEquals("7", m.data().get(0).get("Count"));
        assertEquals("Successfully deleted 1 Licenses", gold.ok(req("License", "Delete").where("Id", "1")).message());
        assertEquals(1, gold.ok(req("License", "Query")).count());
        Response u = gold.ok(req("License", "Undelete").where("Id", "1"));
        assertEquals("000", u.code());
        assertEquals("Successfully undeleted 1 Licenses", u.message());
        assertEquals(List.of("1", "2"), gold.ok(req("License", "Query").get(Selection.of("Id", "Sort"))).data()
                .stream().map(r -> r.get("Id")).toList());
        assertEquals("amy", gold.ok(req("License", "Query").where("Id", "1")).data().get(0).get("User"));
        assertEquals(0, gold.ok(req("License", "Undelete").where("Id", "1")).count());
        assertEquals(2, gold.scalar("SELECT COUNT(*) FROM g_license_log WHERE g_id = 1"));
        Response attrs = gold.ok(req("Attribute", "Query").where("Object", "License").where("Name", "Count")
                .get("Sequence").get("Fixed"));
        assertEquals("40", attrs.data().get(0).get("Sequence"));
        Response id = gold.ok(req("Attribute", "Query").where("Object", "License").where("Name", "Id")
                .get("Fixed").get("Required"));
        assertEquals(List.of("True", "True"), List.of(id.data().get(0).get("Fixed"), id.data().get(0).get("Required")));
    }

    @Test
    void aRuntimeObjectCreatedThroughOneWorkerIsUsableRightAwayThroughAnother() throws Exception {
        try (TestGold other = openSecond(home)) {
            // the other worker has loaded its metadata before the object exists
            assertEquals("740", other.call(req("License", "Query")).code());
            defineLicense();
            Response c = other.ok(req("License", "Create").set("Type", "Gaussian").set("Count", "2"));
            assertEquals("Successfully created 1 License", c.message());
            assertEquals("1", c.data().get(0).get("Id"));
            assertEquals(List.of("Gaussian"), other.ok(req("License", "Query").where("Id", "1")).data().stream()
                    .map(r -> r.get("Type")).toList());
            Response m = other.ok(req("License", "Modify").where("Id", "1").set("Count", "5"));
            assertEquals("Successfully modified 1 Licenses", m.message());
            assertEquals("5", m.data().get(0).get("Count"));
            assertEquals("Successfully deleted 1 Licenses", other.ok(req("License", "Delete").where("Id", "1")).message());
            assertEquals(0, other.ok(req("License", "Query")).count());
            assertEquals("Successfully undeleted 1 Licenses",
                    other.ok(req("License", "Undelete").where("Id", "1")).message());
            assertEquals("5", gold.ok(req("License", "Query").where("Id", "1")).data().get(0).get("Count"));
            assertEquals(4, gold.scalar("SELECT COUNT(*) FROM g_transaction WHERE g_object = 'License'"));
        }
    }

    @Test
    void aJoinMatchesRowsOfTwoObjects() {
        gold.ok(req("User", "Create").set("Name", "amy").set("CommonName", "Amy"));
        gold.ok(req("User", "Create").set("Name", "bob").set("CommonName", "Bob"));
        gold.ok(req("Project", "Create").set("Name", "chemistry"));
        gold.ok(req("ProjectUser", "Create").set("Project", "chemistry").set("Name", "amy"));
        Response r = gold.ok(Request.builder().object("User").object("ProjectUser").action("Query")
                .get(new Selection("User", "CommonName", "", ""))
                .get(new Selection("ProjectUser", "Project", "", ""))
                .where(new Condition("", "", "User", "Name", "EQ", "ProjectUser", "Name")));
        assertEquals(1, r.count());
        assertEquals("User_ProjectUser", r.data().get(0).name());
        assertEquals("Amy", r.data().get(0).get("CommonName"));
        assertEquals("chemistry", r.data().get(0).get("Project"));
        Response aliased = gold.ok(Request.builder().object(new ObjectRef("User", "u", ""))
                .object(new ObjectRef("ProjectUser", "pu", "")).action("Query")
                .get(new Selection("u", "Name", "", "Member"))
                .where(new Condition("", "", "u", "Name", "EQ", "pu", "Name")));
        assertEquals("amy", aliased.data().get(0).get("Member"));
    }

    @Test
    void groupByWithSumAggregatesPerGroup() {
        gold.ok(req("ChargeRate", "Create").set("Type", "Resource").set("Name", "Memory").set("Rate", "0.5"));
        gold.ok(req("ChargeRate", "Create").set("Type", "QualityOfService").set("Name", "Premium").set("Rate", "2"));
        gold.ok(req("ChargeRate", "Create").set("Type", "QualityOfService").set("Name", "Low").set("Rate", "0.25"));
        Response r = gold.ok(req("ChargeRate", "Query").get(new Selection("", "Type", "GroupBy", ""))
                .get(new Selection("", "Rate", "Sum", "Total")).get(new Selection("", "Name", "Count", "Rates"))
                .get(new Selection("", "Type", "Sort", "")));
        assertEquals(2, r.count());
        assertEquals("QualityOfService", r.data().get(0).get("Type"));
        assertEquals("2.25", r.data().get(0).get("Total"));
        assertEquals("2", r.data().get(0).get("Rates"));
        assertEquals("1.5", r.data().get(1).get("Total"));
    }

    @Test
    void timeOptionShowsTheStateAsOfThatTime() throws Exception {
        gold.ok(req("User", "Create").set("Name", "amy").set("CommonName", "Before"));
        long created = gold.scalar("SELECT g_modification_time FROM g_user WHERE g_name = 'amy'");
        while (System.currentTimeMillis() / 1000 <= created) {
            Thread.sleep(50);
        }
        gold.ok(req("User", "Modify").where("Name", "amy").set("CommonName", "After"));
        Response then = gold.ok(req("User", "Query").where("Name", "amy").option("Time", String.valueOf(created)));
        assertEquals("Before", then.data().get(0).get("CommonName"));
        Response now = gold.ok(req("User", "Query").where("Name", "amy")
                .option("Time", String.valueOf(created + 3600)));
        assertEquals("After", now.data().get(0).get("CommonName"));
        assertEquals(0, gold.ok(req("User", "Query").where("Name", "amy").option("Time", String.valueOf(created - 1))).count());
        assertEquals("700", gold.call(Request.builder().object("User").object("Role").action("Query")
                .option("Time", "5")).code());
    }

    @Test
    void undoAndRedoRestoreAndReplayTheLastRequest() throws Exception {
        gold.ok(req("User", "Create").set("Name", "amy").set("CommonName", "One"));
        gold.ok(req("User", "Modify").where("Name", "amy").set("CommonName", "Two"));
        Response undo = gold.ok(req("Transaction", "Undo"));
        assertTrue(undo.message().startsWith("Successfully undid "), undo.message());
        assertEquals("One", gold.ok(req("User", "Query").where("Name", "amy")).data().get(0).get("CommonName"));
        Response redo = gold.ok(req("Transaction", "Redo"));
        assertTrue(redo.message().startsWith("Successfully redid "), redo.message());
        assertEquals("Two", gold.ok(req("User", "Query").where("Name", "amy")).data().get(0).get("CommonName"));
        assertEquals("740", gold.call(req("Transaction", "Redo")).code());
        gold.ok(req("Transaction", "Undo"));
        gold.ok(req("User", "Create").set("Name", "bob"));
        assertEquals(0, gold.scalar("SELECT COUNT(*) FROM g_undo"));
        assertEquals("740", gold.call(req("Transaction", "Redo")).code());
        assertEquals("740", gold.call(req("User", "Undo")).code());
    }
}
