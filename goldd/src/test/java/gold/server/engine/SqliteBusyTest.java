package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.Dialect;
import gold.server.sql.SqliteDialect;
import gold.testkit.TestGold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQLITE_BUSY from the real driver is a lost race: the whole request runs again. */
class SqliteBusyTest {
    @TempDir
    Path home;

    /** Another process's connection holding the write lock of the database file. */
    private static Connection holdWriteLock(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return c;
    }

    private static void release(Connection holder) throws SQLException {
        try (Statement s = holder.createStatement()) {
            s.execute("ROLLBACK");
        }
    }

    @Test
    void theDriversBusyErrorIsClassifiedRetryAndRetried() throws Exception {
        String url = "jdbc:sqlite:" + home.resolve("busy.db");
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (x integer)");
        }
        SqliteDialect dialect = new SqliteDialect(0);
        AtomicInteger attempts = new AtomicInteger();
        try (Connection holder = holdWriteLock(url); Connection other = DriverManager.getConnection(url)) {
            dialect.lockWait(other, 0);
            other.setAutoCommit(true);
            SQLException busy = assertThrows(SQLException.class, () -> {
                try (Statement s = other.createStatement()) {
                    s.executeUpdate("INSERT INTO t VALUES (1)");
                }
            });
            assertTrue(String.valueOf(busy.getMessage()).contains("SQLITE_BUSY"), busy.getMessage());
            assertEquals(Dialect.Failure.RETRY, dialect.classify(busy));
            Retry retry = new Retry(dialect, 10, 20);
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                    release(holder);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int rows = retry.run(() -> {
                attempts.incrementAndGet();
                try (Statement s = other.createStatement()) {
                    return s.executeUpdate("INSERT INTO t VALUES (2)");
                }
            });
            assertEquals(1, rows);
        }
        assertTrue(attempts.get() > 1, "the insert met SQLITE_BUSY first: " + attempts.get());
    }

    @Test
    void aFailedBeginLeavesNoFakeTransactionAndACommitKeepsNoLock() throws Exception {
        try (TestGold gold = TestGold.sqlite(home)) {
            String url = gold.url();
            SqliteDialect dialect = new SqliteDialect(0);
            try (Connection c = immediate(url)) {
                try (Connection holder = holdWriteLock(url)) {
                    SQLException busy = assertThrows(SQLException.class, () -> dialect.beginWrite(c));
                    assertEquals(Dialect.Failure.RETRY, dialect.classify(busy));
                    assertTrue(c.getAutoCommit(), "a failed BEGIN leaves the connection in autocommit");
                    release(holder);
                }
                dialect.beginWrite(c);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE g_key_generator SET g_next_id = g_next_id WHERE g_name = 'Request'");
                }
                dialect.commit(c);
                // the driver's own commit() would have begun the next (immediate) transaction at once
                try (Connection other = holdWriteLock(url)) {
                    release(other);
                }
            }
        }
    }

    /** A connection with BEGIN IMMEDIATE transactions, as the server's write pool has, and no busy wait. */
    private static Connection immediate(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(0);
        return DriverManager.getConnection(url, config.toProperties());
    }

    @Test
    void aRequestThatMeetsABusyDatabaseIsRunAgainAndSucceeds() throws Exception {
        try (TestGold gold = TestGold.sqlite(home, Map.of("database.busy.timeout", "1"))) {
            String before = gold.footprint();
            Connection holder = holdWriteLock(gold.url());
            CompletableFuture<Response> create = CompletableFuture.supplyAsync(
                    () -> gold.call(Request.builder("User", "Create").set("Name", "amy")));
            // longer than the busy timeout: the first attempt fails with SQLITE_BUSY
            Thread.sleep(1_600);
            assertTrue(!create.isDone(), "the request waits and retries instead of failing");
            release(holder);
            holder.close();
            Response r = create.get(30, TimeUnit.SECONDS);
            assertEquals("000", r.code(), r.message());
            assertEquals(1, gold.scalar("SELECT COUNT(*) FROM g_user WHERE g_name = 'amy'"));
            assertTrue(!before.equals(gold.footprint()));
            assertEquals(1, gold.scalar("SELECT COUNT(*) FROM g_transaction WHERE g_object = 'User' AND g_name = 'amy'"));
        }
    }
}
