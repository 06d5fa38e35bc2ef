package gold.server.engine;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Table-driven authorization: ANY, SELF, specific instance, MEMBERS, ADMIN and refusals. */
abstract class RoleContract extends ServerFixture {
    @BeforeEach
    void seed() throws Exception {
        for (String u : List.of("amy", "bob", "carol", "dan")) {
            gold.ok(Request.builder("User", "Create").set("Name", u));
        }
        for (String p : List.of("chemistry", "physics")) {
            gold.ok(Request.builder("Project", "Create").set("Name", p));
        }
        gold.ok(Request.builder("ProjectUser", "Create").set("Project", "chemistry").set("Name", "amy").set("Admin", "True"));
        gold.ok(Request.builder("ProjectUser", "Create").set("Project", "chemistry").set("Name", "bob"));
        gold.ok(Request.builder("ProjectUser", "Create").set("Project", "chemistry").set("Name", "dan"));
        gold.ok(Request.builder("RoleUser", "Create").set("Role", "ProjectAdmin").set("Name", "amy"));
        gold.ok(Request.builder("RoleUser", "Create").set("Role", "ProjectAdmin").set("Name", "bob"));
        gold.ok(Request.builder("Role", "Create").set("Name", "ChemistryAdmin"));
        gold.ok(Request.builder("RoleAction", "Create").set("Role", "ChemistryAdmin").set("Object", "Project")
                .set("Name", "Modify").set("Instance", "chemistry"));
        gold.ok(Request.builder("RoleUser", "Create").set("Role", "ChemistryAdmin").set("Name", "carol"));
        gold.ok(Request.builder("Role", "Create").set("Name", "Members"));
        gold.ok(Request.builder("RoleAction", "Create").set("Role", "Members").set("Object", "Project")
                .set("Name", "Modify").set("Instance", "MEMBERS"));
        gold.ok(Request.builder("RoleAction", "Create").set("Role", "OVERRIDE").set("Object", "Machine")
                .set("Name", "Create"));
        Response last = gold.ok(Request.builder("RoleUser", "Create").set("Role", "Members").set("Name", "dan"));
        assertEquals("080", last.code());
    }

    private record Case(String actor, Request.Builder request, String code) {
    }

    private static Request.Builder modify(String project) {
        return Request.builder("Project", "Modify").where("Name", project).set("Description", "changed");
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        List<Case> cases = List.of(
                new Case("amy", Request.builder("User", "Query"), "000"),
                new Case("amy", Request.builder("User", "Create").set("Name", "zoe"), "444"),
                new Case("amy", modify("chemistry"), "000"),
                new Case("amy", modify("physics"), "444"),
                new Case("amy", Request.builder("Project", "Modify").where(Condition.of("Name", "NE", "chemistry"))
                        .set("Description", "all others"), "444"),
                new Case("bob", modify("chemistry"), "444"),
                new Case("carol", modify("chemistry"), "000"),
                new Case("carol", modify("physics"), "444"),
                new Case("carol", Request.builder("Project", "Delete").where("Name", "chemistry"), "444"),
                new Case("dan", modify("chemistry"), "000"),
                new Case("dan", modify("physics"), "444"),
                new Case("amy", Request.builder("Password", "Create").set("User", "amy").set("Password", "secret123"), "080"),
                new Case("amy", Request.builder("Password", "Create").set("User", "bob").set("Password", "secret123"), "444"),
                new Case("amy", Request.builder("Password", "Modify").where("User", "amy").set("Password", "secret456"), "080"),
                new Case("bob", Request.builder("Password", "Modify").where("User", "amy").set("Password", "stolen99"), "444"),
                new Case("bob", Request.builder("Machine", "Create").set("Name", "colony"), "000"),
                new Case("bob", Request.builder("Machine", "Delete").where("Name", "colony"), "444"),
                new Case(TestGold.ADMIN, Request.builder("Role", "Create").set("Name", "Auditors"), "080"));
        for (Case c : cases) {
            Response r = gold.call(c.request().actor(c.actor()));
            assertEquals(c.code(), r.code(), c.actor() + " " + c.request().build() + ": " + r.message());
        }
    }

    @Test
    void passwordHashesAreShownOnlyToSystemAdmins() {
        Response created = gold.ok(Request.builder("Password", "Create").actor("amy").set("User", "amy")
                .set("Password", "secret123"));
        assertEquals("", created.data().get(0).get("Password"));
        Response asAmy = gold.ok(Request.builder("Password", "Query").actor("amy").where("User", "amy"));
        assertEquals(1, asAmy.count());
        assertEquals("", asAmy.data().get(0).get("Password"));
        Response asAdmin = gold.ok(Request.builder("Password", "Query").where("User", "amy"));
        String hash = asAdmin.data().get(0).get("Password");
        assertEquals(32, hash.length());
        assertFalse(hash.contains("secret123"));
        assertEquals("secret123", gold.service().passwordOf("amy").orElseThrow());
        Response aliased = gold.ok(Request.builder("Password", "Query").actor("amy")
                .get(new Selection("", "Password", "", "Secret")));
        assertEquals("", aliased.data().get(0).get("Secret"));
        assertEquals("444", gold.call(Request.builder("Password", "Query").actor("amy")
                .where(Condition.of("Password", "Match", hash.substring(0, 1) + "*"))).code());
        Response journal = gold.ok(Request.builder("Transaction", "Query").actor("amy").where("Object", "Password")
                .option("ShowHidden", "True"));
        assertFalse(journal.data().get(0).get("Details").contains(hash.substring(0, 10)));
    }
}
