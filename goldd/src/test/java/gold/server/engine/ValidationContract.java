package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every validation failure answers its code and message and leaves the database untouched. */
abstract class ValidationContract extends ServerFixture {
    @BeforeEach
    void seed() throws Exception {
        gold.ok(Request.builder("User", "Create").set("Name", "amy"));
    }

    private record Case(Request.Builder request, String code, String message) {
    }

    private static Request.Builder req(String object, String action) {
        return Request.builder(object, action).actor(TestGold.ADMIN);
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case(req("Bogus", "Query"), "740", "Bogus is not a valid object"));
        c.add(new Case(req("User", "Frobnicate"), "740", "Frobnicate is not a valid action for a User object"));
        c.add(new Case(Request.builder().object("User").object("Role").action("Create").actor(TestGold.ADMIN)
                .set("Name", "x"), "740", "Multiple objects may only be specified in a Query"));
        c.add(new Case(req("User", "Create").set("CommonName", "No Name"), "314",
                "User Name is required and must be specified"));
        c.add(new Case(req("User", "Create").set("Name", "x").set("Bogus", "1"), "316",
                "Bogus is not a valid attribute for a User object"));
        c.add(new Case(req("User", "Query").where("Bogus", "1"), "318", "Bogus is not a valid attribute for the User object"));
        c.add(new Case(req("User", "Query").get("Bogus"), "318", "Bogus is not a valid attribute for the User object"));
        c.add(new Case(req("User", "Create").set("Name", "x").get("Name"), "318",
                "You may only specify the properties to display with a Query action"));
        c.add(new Case(req("User", "Delete").where("Name", "amy").set("Active", "False"), "318",
                "You may only specify assignments with a create or modify action"));
        c.add(new Case(req("User", "Modify").where("Name", "amy"), "318",
                "You must specify at least one assignment with a Modify action"));
        c.add(new Case(req("User", "Modify").where("Name", "amy").set("Name", "ann"), "740",
                "User Name is fixed and cannot be updated"));
        c.add(new Case(req("User", "Create").set("Name", "x").set("Active", "Maybe"), "317",
                "Invalid boolean value for Active: (Maybe)"));
        c.add(new Case(req("User", "Create").set("Name", "x").set("DefaultProject", "nosuch"), "740",
                "nosuch is not a valid value for DefaultProject"));
        c.add(new Case(req("Attribute", "Create").set("Object", "User").set("Name", "Age").set("DataType", "Text"),
                "740", "Text is not a valid value for DataType"));
        c.add(new Case(req("Attribute", "Create").set("Object", "User").set("Name", "age"), "740",
                "Attribute name age is invalid: it must match ^[A-Z][A-Za-z0-9]*$"));
        c.add(new Case(req("User", "Query").where(Condition.of("CreationTime", "GT", "yesterday")), "317",
                "Invalid time stamp value for CreationTime: (yesterday)"));
        c.add(new Case(req("User", "Query").option("Time", "abc"), "317", "Invalid time stamp value for Time: (abc)"));
        c.add(new Case(req("Password", "Create").set("User", "amy").set("Password", "short"), "740",
                "The password must be at least 8 characters"));
        c.add(new Case(req("Account", "Create").set("Id", "5"), "740", "Cannot modify the autogen attribute: Id"));
        c.add(new Case(req("User", "Query").where(new Condition("", "1", "", "Name", "", "", "amy")), "318",
                "Unbalanced condition groups"));
        c.add(new Case(req("User", "Query").get(new Selection("", "Name", "", "")).option("Limit", "-2"), "317",
                "Invalid integer value for Limit: (-2)"));
        c.add(new Case(Request.builder("User", "Create").set("Name", "x").actor("amy"), "444",
                "amy is not authorized to perform this function (User Create)"));
        c.add(new Case(Request.builder("User", "Query"), "312", "No actor specified in the request."));
        c.add(new Case(Request.builder().action("Query").actor("amy"), "311", "No object specified in the request."));
        c.add(new Case(req("User", "Modify").where("Name", "amy").set(new Assignment("CommonName", "Inc", "1")),
                "740", "CommonName cannot be incremented or decremented by 1"));
        c.add(new Case(req("User", "Refresh"), "740", "Refresh is not a valid action for a User object"));
        return c;
    }

    @Test
    void everyValidationFailureHasItsCodeAndWritesNothing() throws Exception {
        for (Case c : cases()) {
            String before = gold.footprint();
            List<Response> replies = gold.chunks(c.request().build());
            assertEquals(1, replies.size());
            Response r = replies.get(0);
            String label = c.request().build().toString();
            assertEquals(c.code(), r.code(), label + " -> " + r.message());
            assertEquals(c.message(), r.message(), label);
            assertEquals("Failure", r.status().name(), label);
            assertEquals(before, gold.footprint(), label);
        }
    }
}
