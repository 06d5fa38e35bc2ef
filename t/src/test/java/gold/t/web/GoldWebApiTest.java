package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gold.t.Installation;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON API against a real goldd and goldweb: every endpoint's success shape and its error
 * shape ({"error":{"code","message"}} with the Gold code), goldd's authorization of the logged-in
 * user, and an idempotent retry: the same Idempotency-Key deposits once.
 */
class GoldWebApiTest {
    private static final List<String> READS = List.of("balance", "statement", "usage", "jobs", "accounts",
            "allocations", "transactions");
    private static final List<String> WRITES = List.of("deposit", "withdraw", "transfer", "quote", "reserve", "charge", "refund");

    @Test
    void everyEndpointAnswersItsShapes() throws Exception {
        try (WebSite site = WebSite.seeded()) {
            Installation gold = site.gold;
            WebSite.ok(gold.run("gmkaccount", "-p", "chemistry", "-n", "second"));
            site.startWeb();
            String account = balanceOf(gold, "amy").get(0).path("Id").asText();

            WebClient anonymous = new WebClient(site.base());
            error(anonymous.get("/api/v1/balance"), 401, "424");
            JsonNode spec = WebClient.json(anonymous.get("/api/v1/openapi.json"));
            assertEquals("3.0.3", spec.path("openapi").asText());
            for (String e : READS) {
                assertTrue(spec.path("paths").has("/" + e) && spec.path("paths").path("/" + e).has("get"), e);
            }
            for (String e : WRITES) {
                assertTrue(spec.path("paths").path("/" + e).has("post"), e);
            }

            WebClient amy = new WebClient(site.base());
            assertEquals(303, amy.login("amy", WebSite.AMY_PASSWORD).statusCode());
            JsonNode balance = WebClient.json(ok(amy.get("/api/v1/balance")));
            assertEquals("amy", balance.path("user").asText());
            assertEquals(balanceOf(gold, "amy"), balance.path("accounts"), "the accounts gbalance -u amy prints");
            for (String e : READS) {
                String query = switch (e) {
                    case "statement" -> "?account=" + account;
                    case "usage" -> "?project=chemistry";
                    default -> "";
                };
                JsonNode body = WebClient.json(ok(amy.get("/api/v1/" + e + query)));
                assertTrue(body.path(e.equals("balance") ? "accounts" : e).isArray(), e + ": " + body);
            }
            error(amy.get("/api/v1/statement?account=abc"), 400, "317");
            error(amy.get("/api/v1/nothing"), 404, "313");
            error(amy.postJson("/api/v1/balance", "{}", Map.of()), 405, "312");
            String amyCsrf = amy.csrf();
            error(amy.postJson("/api/v1/deposit", "{\"account\":" + account + ",\"amount\":5}",
                    Map.of("Idempotency-Key", "amy-1", "X-CSRF-Token", amyCsrf)), 403, "444");

            WebClient admin = new WebClient(site.base());
            assertEquals(303, admin.login(Installation.admin(), WebSite.ADMIN_PASSWORD).statusCode());
            String csrf = admin.csrf();
            BigDecimal before = amount(gold, account);
            String deposit = "{\"account\":" + account + ",\"amount\":100,\"description\":\"api\"}";
            JsonNode first = WebClient.json(ok(admin.postJson("/api/v1/deposit", deposit, headers(csrf, "dep-1"))));
            assertEquals("000", first.path("code").asText());
            assertEquals("Successfully deposited 100 credits into account " + account, first.path("message").asText());
            assertEquals("dep-1", first.path("requestKey").asText());
            JsonNode retry = WebClient.json(ok(admin.postJson("/api/v1/deposit", deposit, headers(csrf, "dep-1"))));
            assertEquals(first.path("message"), retry.path("message"));
            assertEquals(before.add(new BigDecimal(100)), amount(gold, account), "the retry deposited nothing more");

            error(admin.postJson("/api/v1/deposit", deposit, Map.of("X-CSRF-Token", csrf)), 400, "314");
            error(admin.postJson("/api/v1/deposit", "{\"acount\":1}", headers(csrf, "dep-2")), 400, "316");
            error(admin.postJson("/api/v1/deposit", "not json", headers(csrf, "dep-3")), 400, "317");
            error(admin.postJson("/api/v1/deposit", "{\"account\":" + account + ",\"amount\":\"x\"}", headers(csrf, "dep-4")), 400, "317");
            error(admin.postJson("/api/v1/deposit", deposit, Map.of("Idempotency-Key", "dep-5")), 403, "403");
            error(admin.get("/api/v1/deposit"), 405, "312");
            assertEquals(before.add(new BigDecimal(100)), amount(gold, account), "no refused request deposited");

            String second = balanceOf(gold, "amy").get(1).path("Id").asText();
            done(admin.postJson("/api/v1/withdraw", "{\"account\":" + account + ",\"amount\":10}", headers(csrf, "w-1")));
            done(admin.postJson("/api/v1/transfer", "{\"fromAccount\":" + account + ",\"toAccount\":" + second
                    + ",\"amount\":20}", headers(csrf, "t-1")));
            error(admin.postJson("/api/v1/withdraw", "{\"account\":" + account + ",\"amount\":1000000}", headers(csrf, "w-2")),
                    400, "784");
            String job = "\"user\":\"amy\",\"project\":\"chemistry\",\"machine\":\"colony\",\"processors\":1,\"wallDuration\":60";
            done(admin.postJson("/api/v1/quote", "{" + job + "}", headers(csrf, "q-1")));
            done(admin.postJson("/api/v1/reserve", "{\"job\":\"j1\"," + job + "}", headers(csrf, "r-1")));
            done(admin.postJson("/api/v1/charge", "{\"job\":\"j1\"," + job + "}", headers(csrf, "c-1")));
            done(admin.postJson("/api/v1/refund", "{\"job\":\"j1\",\"amount\":10}", headers(csrf, "f-1")));
            error(admin.postJson("/api/v1/refund", "{\"job\":\"no-such-job\"}", headers(csrf, "f-2")), 400, "740");

            JsonNode jobs = WebClient.json(ok(amy.get("/api/v1/jobs?user=amy")));
            assertEquals("j1", jobs.path("jobs").path(0).path("JobId").asText(),
                    jobs + "\n" + gold.run("glsjob", "--format", "json") + "\n" + site.webLog());
            // gusage's default end is "now", exclusive to the second: name a later end so a charge made this second counts
            JsonNode usage = WebClient.json(ok(amy.get("/api/v1/usage?project=chemistry&end=2099-01-01")));
            assertEquals("amy", usage.path("usage").path(0).path("User").asText(), usage.toString());
            String log = site.webLog();
            assertTrue(log.contains("api deposit by " + Installation.admin() + " from 127.0.0.1: 000"), log);
            assertFalse(log.contains(WebSite.ADMIN_PASSWORD) || log.contains(WebSite.AMY_PASSWORD), "no password logged");
        }
    }

    static Map<String, String> headers(String csrf, String key) {
        Map<String, String> h = new HashMap<>();
        h.put("X-CSRF-Token", csrf);
        h.put("Idempotency-Key", key);
        return h;
    }

    static JsonNode balanceOf(Installation gold, String user) throws Exception {
        return WebClient.JSON.readTree(WebSite.ok(gold.run("gbalance", "-u", user, "--format", "json")).stdout());
    }

    static BigDecimal amount(Installation gold, String account) throws Exception {
        for (JsonNode a : balanceOf(gold, "amy")) {
            if (a.path("Id").asText().equals(account)) {
                return a.path("Amount").decimalValue();
            }
        }
        throw new AssertionError("no account " + account);
    }

    static HttpResponse<String> ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        return r;
    }

    static void done(HttpResponse<String> r) throws Exception {
        JsonNode body = WebClient.json(ok(r));
        assertEquals("000", body.path("code").asText(), body.toString());
        assertFalse(body.path("message").asText().isEmpty(), body.toString());
    }

    static void error(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = WebClient.json(r).path("error");
        assertEquals(code, e.path("code").asText(), r.body());
        assertFalse(e.path("message").asText().isEmpty(), r.body());
    }
}
