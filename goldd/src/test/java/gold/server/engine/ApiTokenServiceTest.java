package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.testkit.TestGold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * goldd's request service answers object ApiToken itself (outside the metadata model): a
 * SystemAdmin member may revoke another user's token, a plain user may not, and a database that
 * lost (or never had) g_api_token gets it back when goldd starts.
 */
class ApiTokenServiceTest {
    @TempDir
    Path home;

    @Test
    void tokensThroughTheServiceAndTheTableRecreatedAtStart() throws Exception {
        String amyId;
        try (TestGold gold = TestGold.sqlite(home)) {
            assertTrue(!gold.call(Request.builder("User", "Create").set("Name", "sam")).isFailure());
            Response role = gold.call(Request.builder("RoleUser", "Create").set("Role", "SystemAdmin").set("Name", "sam"));
            assertTrue(!role.isFailure(), role.message());
            Response created = gold.call(Request.builder("ApiToken", "Create").actor("amy").set("Name", "ci"));
            assertEquals("000", created.code(), created.message());
            amyId = created.data().get(0).get("Id");
            assertTrue(created.data().get(0).get("Token").contains("." + amyId + "."));
            assertEquals("444", gold.call(Request.builder("ApiToken", "Revoke").actor("bob").where("Id", amyId)).code());
            assertEquals("000", gold.call(Request.builder("ApiToken", "Revoke").actor("sam").where("Id", amyId)).code(),
                    "a SystemAdmin member revokes anybody's token");
            assertEquals("313", gold.call(Request.builder("ApiToken", "Delete").actor("amy").where("Id", amyId)).code());
            gold.execute("DROP TABLE g_api_token");
        }
        try (TestGold gold = TestGold.sqlite(home)) {
            assertEquals(List.of(), gold.strings("SELECT g_id FROM g_api_token"), "recreated, empty");
            assertEquals("000", gold.call(Request.builder("ApiToken", "Create").actor("amy").set("Name", "again")).code());
            assertEquals(1, gold.call(Request.builder("ApiToken", "Query").actor("amy")).data().size());
        }
    }
}
