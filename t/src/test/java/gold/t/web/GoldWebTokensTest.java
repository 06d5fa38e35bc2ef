package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gold.t.Installation;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Per-user API tokens end to end: a user creates a token on /tokens (shown once), a script calls
 * /api/v1 with {@code Authorization: Bearer} and no cookie, a bearer deposit with an
 * Idempotency-Key retried deposits once, a revoked token is refused with a JSON error carrying a
 * Gold code, repeated refusals back off, and neither the page list nor the log shows the token.
 */
class GoldWebTokensTest {
    private static final Pattern SHOWN = Pattern.compile("<pre id=\"new-token\">([^<]+)</pre>");

    @Test
    void createCallRevokeAndRetryWithABearerToken() throws Exception {
        try (WebSite site = WebSite.seeded()) {
            Installation gold = site.gold;
            site.startWeb();

            WebClient amy = new WebClient(site.base());
            assertEquals(303, amy.login("amy", WebSite.AMY_PASSWORD).statusCode());
            assertEquals(403, amy.postForm("/tokens", Map.of("op", "create", "name", "no csrf")).statusCode());
            String token = create(amy, "laptop script");
            assertTrue(token.startsWith("gold_"), token);
            String secret = token.substring(token.lastIndexOf('.') + 1);
            String id = token.split("\\.")[1];
            String listed = amy.get("/tokens").body();
            assertTrue(listed.contains(id) && listed.contains("laptop script"), listed);
            assertFalse(listed.contains(secret), "the list never shows the token");

            WebClient script = new WebClient(site.base());
            JsonNode spec = WebClient.json(script.get("/api/v1/openapi.json"));
            assertEquals("bearer", spec.path("components").path("securitySchemes").path("token").path("scheme").asText());
            JsonNode balance = WebClient.json(GoldWebApiTest.ok(script.get("/api/v1/balance", bearer(token))));
            assertEquals("amy", balance.path("user").asText());
            assertEquals(GoldWebApiTest.balanceOf(gold, "amy"), balance.path("accounts"));
            GoldWebApiTest.error(script.get("/api/v1/balance", Map.of("Authorization", "Bearer nonsense")), 401, "424");

            // a manager's token deposits without cookie or CSRF token; the retried key acts once
            WebClient admin = new WebClient(site.base());
            assertEquals(303, admin.login(Installation.admin(), WebSite.ADMIN_PASSWORD).statusCode());
            String adminToken = create(admin, "billing");
            String account = GoldWebApiTest.balanceOf(gold, "amy").get(0).path("Id").asText();
            BigDecimal before = GoldWebApiTest.amount(gold, account);
            String deposit = "{\"account\":" + account + ",\"amount\":40}";
            Map<String, String> h = new LinkedHashMap<>(bearer(adminToken));
            h.put("Idempotency-Key", "bearer-dep-1");
            JsonNode first = WebClient.json(GoldWebApiTest.ok(script.postJson("/api/v1/deposit", deposit, h)));
            assertEquals("000", first.path("code").asText());
            JsonNode retry = WebClient.json(GoldWebApiTest.ok(script.postJson("/api/v1/deposit", deposit, h)));
            assertEquals(first.path("message"), retry.path("message"));
            assertEquals(before.add(new BigDecimal(40)), GoldWebApiTest.amount(gold, account), "deposited once");
            // amy's token acts as amy: goldd refuses her a deposit
            Map<String, String> amyWrite = new LinkedHashMap<>(bearer(token));
            amyWrite.put("Idempotency-Key", "bearer-dep-2");
            GoldWebApiTest.error(script.postJson("/api/v1/deposit", deposit, amyWrite), 403, "444");

            // a plain user cannot revoke another user's token
            String adminId = adminToken.split("\\.")[1];
            HttpResponse<String> foreign = amy.postForm("/tokens", Map.of("csrf", amy.csrf(), "op", "revoke", "id", adminId));
            assertEquals(403, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("444"), foreign.body());
            GoldWebApiTest.ok(script.get("/api/v1/balance", bearer(adminToken)));

            HttpResponse<String> revoked = amy.postForm("/tokens", Map.of("csrf", amy.csrf(), "op", "revoke", "id", id));
            assertEquals(200, revoked.statusCode(), revoked.body());
            assertTrue(revoked.body().contains("revoked"), revoked.body());
            GoldWebApiTest.error(script.get("/api/v1/balance", bearer(token)), 401, "424");

            // further tries with the dead token back off (3 free failures per token id)
            int status = 0;
            for (int i = 0; i < 4 && status != 429; i++) {
                HttpResponse<String> r = script.get("/api/v1/balance", bearer(token));
                status = r.statusCode();
                assertEquals("424", WebClient.json(r).path("error").path("code").asText(), r.body());
            }
            assertEquals(429, status, "a refused token backs off");

            String log = site.webLog();
            assertTrue(log.contains("refused bearer token " + id + " user=amy"), log);
            assertFalse(log.contains(secret) || log.contains(adminToken.substring(adminToken.lastIndexOf('.') + 1)),
                    "no token secret in the log");
        }
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** Creates a token on /tokens: the token the page shows once. */
    static String create(WebClient c, String name) throws Exception {
        HttpResponse<String> page = c.postForm("/tokens", Map.of("csrf", c.csrf(), "op", "create", "name", name));
        assertEquals(200, page.statusCode(), page.body());
        Matcher m = SHOWN.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }
}
