package gold.t;

import gold.testkit.PgCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real request path end to end on the built install tree: sbin/goldd starts detached on a fresh
 * database (bootstrapped by itself), bin/gmkuser creates users, bin/glsuser and bin/goldsh list them,
 * with the classic output layouts of gmkuser/glsuser and goldsh. Run on the embedded
 * SQLite database and on a throw-away PostgreSQL cluster.
 */
class WalkingSkeletonTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void createAndListUsersThroughTheRealServer(String database) throws Exception {
        PgCluster pg = database.equals("postgresql") ? PgCluster.start() : null;
        Map<String, String> settings = new HashMap<>();
        try {
            if (pg != null) {
                settings.put("database.datasource", pg.createDatabase("gold"));
                settings.put("database.user", pg.user());
            }
            try (Installation gold = Installation.create(settings)) {
                gold.start();
                Installation.Result again = gold.run("goldd", "--start");
                assertEquals(0, again.exit(), "starting a running server is success: " + again);
                assertTrue(again.stdout().contains("is already running"), again.toString());

                expect(gold.run("gmkuser", "-n", "Wilkes, Amy", "-E", "amy@western.edu", "amy"),
                        "Successfully created 1 User\n", 0);
                expect(gold.run("gmkuser", "--quiet", "amy"), "User already exists\n", 74);
                expect(gold.run("gmkuser", "-v", "yan"),
                        "Name Active CommonName PhoneNumber EmailAddress DefaultProject Organization Description \n"
                                + "---- ------ ---------- ----------- ------------ -------------- ------------ ----------- \n"
                                + "yan  True" + " ".repeat(79) + "\n"
                                + "Successfully created 1 User\n", 0);

                String admin = Installation.admin();
                int w = Math.max(4, admin.length());
                expect(gold.run("glsuser"),
                        pad("Name", w) + "Active CommonName  PhoneNumber EmailAddress    DefaultProject Description \n"
                                + "-".repeat(w) + " ------ ----------- ----------- --------------- -------------- ----------- \n"
                                + pad("amy", w) + "True   Wilkes, Amy " + " ".repeat(12) + "amy@western.edu " + " ".repeat(27) + "\n"
                                + pad(admin, w) + "True   " + " ".repeat(12 + 12 + 16 + 15) + "Gold Admin  \n"
                                + pad("yan", w) + "True   " + " ".repeat(12 + 12 + 16 + 15 + 12) + "\n", 0);

                expect(gold.run("goldsh", "User Query Name==amy Show:=\"Name,CommonName,EmailAddress\""),
                        "Name CommonName  EmailAddress    \n"
                                + "---- ----------- --------------- \n"
                                + "amy  Wilkes, Amy amy@western.edu \n", 0);

                Installation.Result status = gold.run("goldd", "--status");
                assertEquals(0, status.exit(), status.toString());
                assertTrue(status.stdout().contains("is running"), status.toString());
                assertTrue(status.stdout().contains(pg != null ? "jdbc:postgresql" : "data/gold.db"), status.toString());

                assertEquals(0, gold.run("goldd", "--stop").exit());
                Installation.Result stopped = gold.run("goldd", "--status");
                assertEquals(3, stopped.exit(), stopped.toString());
                assertEquals("Gold is not running\n", stopped.stdout());
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length() + 1);
    }

    private static void expect(Installation.Result r, String stdout, int exit) {
        assertEquals(stdout, r.stdout(), r.toString());
        assertEquals(exit, r.exit(), r.toString());
    }
}
