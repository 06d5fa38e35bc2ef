package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import gold.t.Installation;
import gold.testkit.PgCluster;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * goldweb fails over as the g* commands do: two goldd on one PostgreSQL database, goldweb's gold.conf
 * names the second as server.backup; with the primary stopped, logged-in users keep reading and
 * writing through the backup, and a retried write with the same Idempotency-Key still acts once.
 */
class GoldWebFailoverTest {
    @Test
    void goldwebFailsOverToTheBackupGoldd() throws Exception {
        try (PgCluster pg = PgCluster.start()) {
            Map<String, String> db = Map.of("database.datasource", pg.createDatabase("gold"), "database.user", pg.user());
            try (WebSite site = WebSite.prepare(db); Installation backup = Installation.create(db)) {
                Installation primary = site.gold;
                backup.writeKey(primary.key());
                primary.start();
                backup.start();
                site.seed();
                Files.writeString(primary.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = "
                        + primary.port() + "\nserver.backup = localhost:" + backup.port() + "\n");
                site.startWeb();
                String account = GoldWebApiTest.balanceOf(primary, "amy").get(0).path("Id").asText();

                WebClient admin = new WebClient(site.base());
                assertEquals(303, admin.login(Installation.admin(), WebSite.ADMIN_PASSWORD).statusCode());
                String csrf = admin.csrf();
                WebClient amy = new WebClient(site.base());
                assertEquals(303, amy.login("amy", WebSite.AMY_PASSWORD).statusCode());
                JsonNode before = WebClient.json(GoldWebApiTest.ok(amy.get("/api/v1/balance")));

                assertEquals(0, primary.run("goldd", "--stop").exit());
                JsonNode during = WebClient.json(GoldWebApiTest.ok(amy.get("/api/v1/balance")));
                assertEquals(before, during, "the backup answers the same balances");
                String deposit = "{\"account\":" + account + ",\"amount\":30}";
                GoldWebApiTest.done(admin.postJson("/api/v1/deposit", deposit, GoldWebApiTest.headers(csrf, "fo-1")));
                GoldWebApiTest.done(admin.postJson("/api/v1/deposit", deposit, GoldWebApiTest.headers(csrf, "fo-1")));
                BigDecimal was = before.path("accounts").get(0).path("Amount").decimalValue();
                BigDecimal now = GoldWebApiTest.amount(backup, account);
                assertEquals(was.add(new BigDecimal(30)), now, "deposited once, through the backup");

                WebClient again = new WebClient(site.base());
                assertEquals(303, again.login("amy", WebSite.AMY_PASSWORD).statusCode(), "a login is checked by the backup too");
                assertEquals(now, WebClient.json(GoldWebApiTest.ok(again.get("/api/v1/balance")))
                        .path("accounts").get(0).path("Amount").decimalValue());
            }
        }
    }
}
