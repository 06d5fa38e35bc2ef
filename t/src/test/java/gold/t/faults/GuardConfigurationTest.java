package gold.t.faults;

import gold.t.Installation;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A split-brain guard that cannot see a host's state is a configuration error, not an unreachable
 * host: with a database user that may not run pg_control_checkpoint() (a hardened site that grants it
 * to pg_monitor only), goldd --start warns on stderr, writes are refused with 730 while reads go on,
 * goldd --status reports the server degraded (150), and the log has the SEVERE line once.
 */
class GuardConfigurationTest {
    @Test
    void aUserThatMayNotProbeIsAConfigurationErrorEverywhereItShows() throws Exception {
        try (PgCluster pg = PgCluster.start()) {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE ROLE goldapp LOGIN");
                s.execute("CREATE DATABASE gold OWNER goldapp");
            }
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("gold"), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("REVOKE EXECUTE ON FUNCTION pg_control_checkpoint() FROM PUBLIC");
                s.execute("GRANT EXECUTE ON FUNCTION pg_control_checkpoint() TO pg_monitor");
            }
            // the second host does not run: unreachable hosts are ignored, the refusing one is not
            String url = "jdbc:postgresql://127.0.0.1:" + pg.port() + ",127.0.0.1:1/gold?targetServerType=primary";
            try (Installation gold = Installation.create(Map.of("database.datasource", url, "database.user", "goldapp",
                    "database.connect.timeout", "1"))) {
                Installation.Result start = gold.start();
                assertTrue(start.stderr().contains("refuses writes (730)") && start.stderr().contains("pg_control_checkpoint"),
                        "goldd --start says it cannot probe: " + start);

                for (int i = 0; i < 3; i++) {
                    Installation.Result write = gold.run("gmkuser", "--fail-fast", "amy");
                    assertEquals(73, write.exit(), "the write is refused with 730: " + write);
                    Thread.sleep(1600);
                }
                Installation.Result read = gold.run("glsuser");
                assertEquals(0, read.exit(), "reads go on: " + read);

                Installation.Result status = gold.run("goldd", "--status");
                assertEquals(150, status.exit(), status.toString());
                assertTrue(status.stdout().contains("but degraded (writes refused: cannot see the state of database host 127.0.0.1:"
                        + pg.port()), status.toString());
                assertTrue(status.stdout().contains("  guard:    probe refused: "), status.toString());

                String log = gold.log();
                assertEquals(1, log.split("refusing writes: cannot see the state", -1).length - 1,
                        "logged once for one change:\n" + log);
                assertTrue(log.contains("ERROR HostGuard  refusing writes: cannot see"), "at SEVERE (ERROR in the log):\n" + log);

                // the operator fixes the grant: writes go on, status is healthy again
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl("gold"), pg.user(), pg.password());
                     Statement s = c.createStatement()) {
                    s.execute("GRANT pg_monitor TO goldapp");
                }
                Thread.sleep(3100);
                Installation.Result again = gold.run("gmkuser", "amy");
                assertEquals(0, again.exit(), again.toString());
                Installation.Result healthy = gold.run("goldd", "--status");
                assertEquals(0, healthy.exit(), healthy.toString());
                assertTrue(healthy.stdout().contains("  guard:    safe: one writable database host: 127.0.0.1:" + pg.port()),
                        healthy.toString());
            }
        }
    }
}
