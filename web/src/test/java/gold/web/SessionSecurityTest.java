package gold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.time.ZoneId;

/** Sessions expire when idle, the login back-off doubles per user and per address, forms decode safely. */
class SessionSecurityTest {
    /** A clock the test moves by hand. */
    private static final class Manual extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anIdleSessionIsGoneAndAUsedOneStays() {
        Manual clock = new Manual();
        Sessions sessions = new Sessions(Duration.ofMinutes(30), clock);
        WebSession s = sessions.open(null, Permissions.none());
        assertNotEquals(s.id(), s.csrf());
        assertEquals(43, s.id().length(), "256 random bits, base64url");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(s.id()).isPresent(), "used within the timeout");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(s.id()).isPresent(), "each use restarts the idle time");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertFalse(sessions.find(s.id()).isPresent(), "idle too long");
        assertEquals(0, sessions.size());
        assertFalse(sessions.find("").isPresent());
        assertFalse(sessions.find("guess").isPresent());
    }

    @Test
    void failedLoginsBackOffPerUserAndPerAddress() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock, 3, 5);
        for (int i = 0; i < 3; i++) {
            t.failed("amy", "10.0.0.1");
            assertEquals(Duration.ZERO, t.wait("amy", "10.0.0.1"), "the first three failures are free");
        }
        t.failed("amy", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), t.wait("amy", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(1), t.wait("amy", "10.0.0.2"), "the user is locked from any address");
        assertEquals(Duration.ZERO, t.wait("bob", "10.0.0.2"));
        t.failed("amy", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), t.wait("amy", "10.0.0.1"), "doubling");
        assertEquals(Duration.ZERO, t.wait("bob", "10.0.0.1"), "address still within its free failures");
        t.failed("bob", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), t.wait("carol", "10.0.0.1"), "the address is locked for every user");
        for (int i = 0; i < 30; i++) {
            t.failed("amy", "10.0.0.9");
        }
        assertEquals(Duration.ofMinutes(5), t.wait("amy", "10.0.0.3"), "at most five minutes");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertEquals(Duration.ZERO, t.wait("amy", "10.0.0.3"));
        t.succeeded("amy", "10.0.0.3");
        t.failed("amy", "10.0.0.3");
        assertEquals(Duration.ZERO, t.wait("amy", "10.0.0.3"), "a success starts the count again");
    }

    @Test
    void formsDecodeAndBadEscapesAreDropped() {
        Map<String, String> f = WebExchange.decode("username=amy&password=a%26b%3Dc&x=%zz&empty=&flag");
        assertEquals("amy", f.get("username"));
        assertEquals("a&b=c", f.get("password"));
        assertFalse(f.containsKey("x"));
        assertEquals("", f.get("empty"));
        assertEquals("", f.get("flag"));
        assertTrue(Portal.constantTimeEquals("abc", "abc"));
        assertFalse(Portal.constantTimeEquals("abc", "abd"));
    }

    @Test
    void thePlotHasOnePointPerDay() {
        String svg = BalancePlot.svg("7", List.of(Map.entry("2026-01-01", "10"), Map.entry("2026-01-02", "-5"),
                Map.entry("2026-01-05", "20")), List.of(new BigDecimal(10), new BigDecimal(-5), new BigDecimal(20)));
        assertEquals(3, svg.split("<circle class=\"point\"", -1).length - 1);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("2026-01-02: -5"));
    }

    @Test
    void apiStatusFollowsTheGoldCode() {
        assertEquals(403, Api.status("444"));
        assertEquals(401, Api.status("424"));
        assertEquals(503, Api.status("222"));
        assertEquals(503, Api.status("730"));
        assertEquals(400, Api.status("740"));
        assertEquals(400, Api.status("317"));
        assertEquals(500, Api.status("999"));
    }
}
