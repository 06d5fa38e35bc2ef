package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gold.t.Installation;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (headless chromium) against a real goldd and goldweb from the built
 * tree: amy's balance page matches gbalance, her statement downloads as the CSV gstatement writes,
 * the balance plot has one point per journal day; amy is refused the deposit page and the deposit
 * API, a form without its CSRF token is refused (403 and a log line), logout ends the session; the
 * administrator deposits through the portal and amy sees the new balance; wrong passwords are
 * refused and backed off. Screenshots of the main pages land in target/screenshots.
 */
class GoldWebBrowserTest {
    private static final Pattern WAIT = Pattern.compile("try again in (\\d+) s");

    @Test
    void amyAndTheAdministratorUseThePortal() throws Exception {
        try (WebSite site = WebSite.seeded()) {
            Installation gold = site.gold;
            String account = accountOfAmy(gold);
            // a journal over three days: the first deposit two days ago, a second one yesterday, a withdrawal today
            WebSite.ok(gold.run("gdeposit", "-a", account, "-z", "200", "-d", "second"));
            shiftJournal(gold, account, "initial", 2);
            shiftJournal(gold, account, "second", 1);
            WebSite.ok(gold.run("gwithdraw", "-a", account, "-z", "50", "-d", "today"));
            site.startWeb();
            try (Browser b = Browser.start()) {
                WebDriver d = b.driver;
                d.get(site.base() + "/");
                assertTrue(d.getCurrentUrl().endsWith("/login"), "not logged in: the login page " + d.getCurrentUrl());
                b.screenshot("login");

                login(d, "amy", "wrong-password");
                assertEquals("Wrong user name or password.", d.findElement(By.id("message")).getText());
                b.screenshot("login-refused");

                login(d, "amy", WebSite.AMY_PASSWORD);
                assertTrue(d.getCurrentUrl().endsWith("/"), d.getCurrentUrl());
                assertBalanceMatchesGbalance(d, gold);
                assertTrue(d.findElements(By.linkText("Manage")).isEmpty(), "amy is offered no manager actions");
                b.screenshot("balance");
                BigDecimal before = cell(d, account, 2);

                // statement: the page, then the CSV download equals what gstatement writes
                navigate(d, By.cssSelector("tr[data-account='" + account + "'] a[href^='/statement']"));
                assertEquals("Statement", d.findElement(By.tagName("h1")).getText());
                assertTrue(d.findElement(By.cssSelector("table.listing")).getText().contains("Ending Balance"));
                b.screenshot("statement");
                d.findElement(By.id("csv")).click();
                Path csv = b.download("statement.csv");
                Installation.Result expected = WebSite.ok(gold.run("gstatement", "-a", account, "--format", "csv"));
                assertEquals(expected.stdout(), Files.readString(csv), "the downloaded statement is gstatement's CSV");

                // plot: one point per journal day, and the table beside it
                d.get(site.base() + "/plot?account=" + account);
                List<WebElement> points = d.findElements(By.cssSelector("#balance-plot circle.point"));
                TreeSet<String> days = journalDays(gold, account);
                assertEquals(3, days.size(), "the journal spans three days: " + days);
                assertEquals(days.size(), points.size(), "one point per journal day");
                assertEquals(days.size(), d.findElements(By.cssSelector("#points tbody tr")).size());
                assertEquals(before.toPlainString(), d.findElement(By.cssSelector("#points tbody tr:last-child td.num")).getText(),
                        "the last point is today's balance");
                b.screenshot("plot");

                d.get(site.base() + "/transactions?a=" + account);
                assertTrue(d.findElement(By.cssSelector("table.listing")).getText().contains("Deposit"));
                b.screenshot("transactions");

                // amy may not deposit: neither the page nor the API
                d.get(site.base() + "/manage/deposit");
                assertEquals("Not allowed", d.findElement(By.tagName("h1")).getText());
                assertEquals("444", d.findElement(By.id("code")).getText());
                b.screenshot("deposit-refused");
                WebClient amyApi = new WebClient(site.base());
                amyApi.setCookie("gold_session", d.manage().getCookieNamed("gold_session").getValue());
                String amyCsrf = amyApi.csrf();
                HttpResponse<String> apiDeposit = amyApi.postJson("/api/v1/deposit", "{\"account\":" + account + ",\"amount\":5}",
                        Map.of("Idempotency-Key", "amy-try-1", "X-CSRF-Token", amyCsrf));
                assertEquals(403, apiDeposit.statusCode(), apiDeposit.body());
                assertEquals("444", WebClient.json(apiDeposit).path("error").path("code").asText());

                // a form posted without its CSRF token is refused and logged; the session survives
                HttpResponse<String> forged = amyApi.postForm("/logout", Map.of());
                assertEquals(403, forged.statusCode());
                assertTrue(site.webLog().contains("refused POST /logout from 127.0.0.1 user=amy: CSRF token missing"), site.webLog());
                assertEquals(200, amyApi.get("/").statusCode(), "still logged in");

                // logout ends the session: the old cookie opens nothing any more
                d.get(site.base() + "/");
                navigate(d, By.id("logout"));
                assertTrue(d.getCurrentUrl().endsWith("/login"), d.getCurrentUrl());
                HttpResponse<String> after = amyApi.get("/");
                assertEquals(303, after.statusCode());
                assertEquals("/login", after.headers().firstValue("Location").orElse(""));
                assertEquals(401, amyApi.get("/api/v1/balance").statusCode());

                // the administrator deposits through the portal
                login(d, Installation.admin(), WebSite.ADMIN_PASSWORD);
                navigate(d, By.linkText("Manage"));
                navigate(d, By.linkText("deposit"));
                d.findElement(By.id("f-account")).sendKeys(account);
                d.findElement(By.id("f-amount")).sendKeys("250");
                d.findElement(By.id("f-description")).sendKeys("from the portal");
                d.findElement(By.id("confirm")).click();
                navigate(d, By.id("submit"));
                assertEquals("000", d.findElement(By.id("code")).getText());
                assertEquals("Successfully deposited 250 credits into account " + account,
                        d.findElement(By.id("result-message")).getText());
                b.screenshot("deposit-done");
                d.get(site.base() + "/objects/Account");
                assertTrue(d.findElement(By.cssSelector("table.listing")).getText().contains("chemistry"));
                b.screenshot("objects");
                navigate(d, By.id("logout"));

                // amy sees the new balance
                login(d, "amy", WebSite.AMY_PASSWORD);
                assertEquals(before.add(new BigDecimal(250)), cell(d, account, 2));
                assertBalanceMatchesGbalance(d, gold);
                navigate(d, By.id("logout"));
            }
            backOff(site);
        }
    }

    /** Repeated wrong passwords lock the user out for a growing while, even with the right password. */
    private static void backOff(WebSite site) throws Exception {
        WebClient c = new WebClient(site.base());
        int refused = 0;
        for (int i = 0; i < 30 && refused < 6; i++) {
            HttpResponse<String> r = c.login("amy", "not-her-password");
            if (r.statusCode() == 401) {
                refused++;
            } else {
                assertEquals(429, r.statusCode(), r.body());
                Thread.sleep(waitSeconds(r.body()) * 1000L + 200);
            }
        }
        assertEquals(6, refused);
        HttpResponse<String> right = c.login("amy", WebSite.AMY_PASSWORD);
        assertEquals(429, right.statusCode(), "backed off: even the right password waits");
        assertTrue(right.body().contains("Too many failed logins"), right.body());
        assertFalse(right.body().contains(WebSite.AMY_PASSWORD));
        Thread.sleep(waitSeconds(right.body()) * 1000L + 300);
        assertEquals(303, c.login("amy", WebSite.AMY_PASSWORD).statusCode(), "after the wait the login works");
        String log = site.webLog();
        assertTrue(log.contains("login of amy from 127.0.0.1 refused: backing off"), log);
        assertFalse(log.contains(WebSite.AMY_PASSWORD) || log.contains("not-her-password"), "no password in the log");
    }

    private static long waitSeconds(String page) {
        Matcher m = WAIT.matcher(page);
        assertTrue(m.find(), page);
        return Long.parseLong(m.group(1));
    }

    private static void login(WebDriver d, String user, String password) {
        if (!d.getCurrentUrl().endsWith("/login")) {
            d.get(d.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + "/login");
        }
        d.findElement(By.id("username")).clear();
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(password);
        navigate(d, By.id("login"));
    }

    /** Clicks a link or submit button and waits for the next page: the click may return before it replaced this one. */
    private static void navigate(WebDriver d, By target) {
        WebElement element = d.findElement(target);
        element.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
    }

    private static String accountOfAmy(Installation gold) throws Exception {
        JsonNode accounts = WebClient.JSON.readTree(WebSite.ok(gold.run("gbalance", "-u", "amy", "--format", "json")).stdout());
        assertEquals(1, accounts.size(), accounts.toString());
        return accounts.get(0).path("Id").asText();
    }

    /** Every account line of the page equals gbalance -u amy (run by the administrator with the shared key). */
    private static void assertBalanceMatchesGbalance(WebDriver d, Installation gold) throws Exception {
        JsonNode expected = WebClient.JSON.readTree(WebSite.ok(gold.run("gbalance", "-u", "amy", "--format", "json")).stdout());
        List<WebElement> rows = d.findElements(By.cssSelector("#balance tr.account"));
        assertEquals(expected.size(), rows.size());
        List<String> columns = List.of("Id", "Name", "Amount", "Reserved", "Balance", "CreditLimit", "Available");
        for (JsonNode account : expected) {
            String id = account.path("Id").asText();
            for (int c = 0; c < columns.size(); c++) {
                String shown = d.findElement(By.cssSelector("tr[data-account='" + id + "'] td:nth-child(" + (c + 1) + ")")).getText();
                JsonNode value = account.path(columns.get(c));
                if (value.isNumber()) {
                    assertEquals(0, value.decimalValue().compareTo(new BigDecimal(shown)), columns.get(c) + " of " + id);
                } else {
                    assertEquals(value.asText(), shown, columns.get(c) + " of " + id);
                }
            }
        }
    }

    private static BigDecimal cell(WebDriver d, String account, int column) {
        return new BigDecimal(d.findElement(By.cssSelector("tr[data-account='" + account + "'] td:nth-child(" + (column + 1) + ")")).getText());
    }

    private static TreeSet<String> journalDays(Installation gold, String account) throws Exception {
        JsonNode rows = WebClient.JSON.readTree(WebSite.ok(gold.run("glstxn", "-a", account, "--show", "CreationTime",
                "--format", "json")).stdout());
        TreeSet<String> days = new TreeSet<>();
        rows.forEach(r -> days.add(r.path("CreationTime").asText().substring(0, 10)));
        return days;
    }

    /** Moves the journal rows of the account with this description back by whole days (SQLite). */
    private static void shiftJournal(Installation gold, String account, String description, int days) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gold.home().resolve("data/gold.db"));
             PreparedStatement s = c.prepareStatement("UPDATE g_transaction SET g_creation_time = g_creation_time - ? "
                     + "WHERE g_account = ? AND g_description = ?")) {
            s.setLong(1, days * 86400L);
            s.setLong(2, Long.parseLong(account));
            s.setString(3, description);
            assertTrue(s.executeUpdate() > 0, "journal rows of " + description);
        }
    }
}
