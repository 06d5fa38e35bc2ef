package gold.server.security;

import gold.protocol.GoldException;
import gold.server.sql.BootstrapScript;
import gold.server.sql.Database;
import gold.server.sql.DatabaseSettings;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GS2 nonce table on a real PostgreSQL: replays, the concurrent duplicate-key race (23505) as a
 * replay, and an unreachable database answered 730.
 */
class NonceTablePostgresTest {
    static final long EXPIRES = System.currentTimeMillis() / 1000 + 600;
    PgCluster pg;
    String url;
    Database db;

    @BeforeEach
    void start() throws Exception {
        pg = PgCluster.start();
        url = pg.createDatabase("gold");
        db = Database.open(DatabaseSettings.from(Map.of("database.datasource", url,
                "database.user", pg.user(), "database.connect.timeout", "2"), Path.of("/nonexistent")));
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            BootstrapScript.load().run(c, "gold", 1_700_000_000L);
            c.commit();
        }
    }

    @AfterEach
    void stop() {
        if (db != null) {
            db.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aNonceIsFreshOnce() {
        assertTrue(new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
        assertFalse(new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
    }

    /**
     * The race of two servers inserting the same nonce: the other transaction's row is not visible yet,
     * so the insert waits on the unique index and fails with 23505 once that transaction commits. That
     * is a replay (false), not a database error; if the other transaction rolls back, ours is first.
     */
    @Test
    void aConcurrentInsertOfTheSameNonceIsAReplay() throws Exception {
        assertEquals(Boolean.FALSE, raceAgainstUncommittedInsert("n-commit", true));
        assertEquals(Boolean.TRUE, raceAgainstUncommittedInsert("n-rollback", false));
    }

    private Boolean raceAgainstUncommittedInsert(String nonce, boolean commit) throws Exception {
        try (Connection other = DriverManager.getConnection(url, pg.user(), pg.password())) {
            other.setAutoCommit(false);
            try (PreparedStatement ins = other.prepareStatement("INSERT INTO g_nonce (g_token, g_nonce, g_time) VALUES (?, ?, ?)")) {
                ins.setString(1, "Symmetric:");
                ins.setString(2, nonce);
                ins.setLong(3, EXPIRES);
                ins.executeUpdate();
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> ours = pool.submit(() -> new NonceTable(db).firstUse("Symmetric", "", nonce, EXPIRES));
                awaitLockWait(other);
                assertFalse(ours.isDone(), "our insert waits for the other transaction");
                if (commit) {
                    other.commit();
                } else {
                    other.rollback();
                }
                return ours.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Waits until some backend other than {@code other}'s waits on a lock (our insert on the index). */
    private void awaitLockWait(Connection other) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection probe = DriverManager.getConnection(url, pg.user(), pg.password());
             PreparedStatement q = probe.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO g_nonce%'")) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the racing insert never waited on the other transaction");
    }

    @Test
    void anUnreachableDatabaseIs730NotAReplay() throws Exception {
        pg.kill();
        GoldException e = assertThrows(GoldException.class, () -> new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
        assertEquals("730", e.code());
        assertEquals("The database is unavailable", e.getMessage());
    }
}
