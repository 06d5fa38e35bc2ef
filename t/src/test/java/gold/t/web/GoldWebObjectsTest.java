package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.t.Installation;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metadata-driven object pages: the administrator creates, modifies, deletes and undeletes a
 * user through the forms (fields from goldd's Attribute metadata), each answered with goldd's code
 * and message and visible to glsuser; a form without confirmation acts not; amy is refused.
 */
class GoldWebObjectsTest {
    @Test
    void theAdministratorManagesUsersThroughTheObjectPages() throws Exception {
        try (WebSite site = WebSite.seeded()) {
            Installation gold = site.gold;
            site.startWeb();
            WebClient admin = new WebClient(site.base());
            assertEquals(303, admin.login(Installation.admin(), WebSite.ADMIN_PASSWORD).statusCode());
            String csrf = admin.csrf();

            HttpResponse<String> form = admin.get("/objects/User/Create");
            assertEquals(200, form.statusCode());
            assertTrue(form.body().contains("name=\"a.CommonName\""), "fields come from goldd's metadata");
            assertTrue(admin.get("/objects/User").body().contains("amy"), "the listing shows the users");

            HttpResponse<String> unconfirmed = admin.postForm("/objects/User/Create", fields(csrf, "a.Name", "carol"));
            assertEquals(400, unconfirmed.statusCode());
            assertEquals("", gold.run("glsuser", "--quiet", "--raw", "carol").stdout(), "unconfirmed: nothing created");

            Map<String, String> create = fields(csrf, "a.Name", "carol", "a.CommonName", "Carol C", "confirm", "yes");
            HttpResponse<String> created = admin.postForm("/objects/User/Create", create);
            assertEquals(200, created.statusCode(), created.body());
            assertTrue(created.body().contains(">000<") && created.body().contains("Successfully created 1 User"), created.body());
            assertTrue(gold.run("glsuser", "--raw", "--quiet", "carol").stdout().contains("Carol C"));

            HttpResponse<String> modified = admin.postForm("/objects/User/Modify",
                    fields(csrf, "instance", "carol", "a.CommonName", "Carol Changed", "confirm", "yes"));
            assertEquals(200, modified.statusCode(), modified.body());
            assertTrue(gold.run("glsuser", "--raw", "--quiet", "carol").stdout().contains("Carol Changed"));

            HttpResponse<String> deleted = admin.postForm("/objects/User/Delete", fields(csrf, "instance", "carol", "confirm", "yes"));
            assertEquals(200, deleted.statusCode(), deleted.body());
            assertEquals("", gold.run("glsuser", "--raw", "--quiet", "carol").stdout(), "carol is deleted");

            HttpResponse<String> undeleted = admin.postForm("/objects/User/Undelete", fields(csrf, "instance", "carol", "confirm", "yes"));
            assertEquals(200, undeleted.statusCode(), undeleted.body());
            assertTrue(gold.run("glsuser", "--raw", "--quiet", "carol").stdout().contains("carol"), "carol is back");

            HttpResponse<String> duplicate = admin.postForm("/objects/User/Create", fields(csrf, "a.Name", "amy", "confirm", "yes"));
            assertEquals(400, duplicate.statusCode());
            assertTrue(duplicate.body().contains(">740<"), "goldd's code for a duplicate: " + duplicate.body());

            WebClient amy = new WebClient(site.base());
            assertEquals(303, amy.login("amy", WebSite.AMY_PASSWORD).statusCode());
            assertEquals(403, amy.get("/objects/User").statusCode());
            assertEquals(403, amy.postForm("/objects/User/Create",
                    fields(amy.csrf(), "a.Name", "mallory", "confirm", "yes")).statusCode());
            assertEquals("", gold.run("glsuser", "--raw", "--quiet", "mallory").stdout());
        }
    }

    private static Map<String, String> fields(String csrf, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
