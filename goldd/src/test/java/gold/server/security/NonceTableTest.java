package gold.server.security;

import gold.protocol.GoldException;
import gold.server.sql.BootstrapScript;
import gold.server.sql.Database;
import gold.server.sql.DatabaseFailure;
import gold.server.sql.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GS2 nonce table on SQLite: a nonce is fresh once per token, a second use is a replay, and a
 * database error is answered as a database error (720 here), logged, never as a replay.
 */
class NonceTableTest {
    static final long EXPIRES = System.currentTimeMillis() / 1000 + 600;
    @TempDir
    Path home;
    Database db;
    final List<LogRecord> logged = new ArrayList<>();
    final Logger log = Logger.getLogger(NonceTable.class.getName());
    final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) { logged.add(r); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void open() throws SQLException {
        db = Database.open(DatabaseSettings.from(Map.of("database.datasource", "jdbc:sqlite:" + home.resolve("gold.db")), home));
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            BootstrapScript.load().run(c, "gold", 1_700_000_000L);
            c.commit();
        }
        log.addHandler(capture);
    }

    @AfterEach
    void close() {
        log.removeHandler(capture);
        db.close();
    }

    @Test
    void aNonceIsFreshOncePerToken() {
        NonceTable nonces = new NonceTable(db);
        assertTrue(nonces.firstUse("Symmetric", "", "n1", EXPIRES));
        assertFalse(nonces.firstUse("Symmetric", "", "n1", EXPIRES));
        assertTrue(nonces.firstUse("Password", "amy", "n1", EXPIRES));
        assertTrue(nonces.firstUse("Symmetric", "", "n2", EXPIRES));
        assertFalse(new NonceTable(db).firstUse("Symmetric", "", "n2", EXPIRES), "a second worker shares the table");
        assertTrue(logged.isEmpty());
    }

    @Test
    void aDatabaseErrorIs720AndLoggedNotAReplay() throws SQLException {
        try (Connection c = db.writer(); Statement s = c.createStatement()) {
            db.dialect().beginWrite(c);
            s.execute("DROP TABLE g_nonce");
            c.commit();
        }
        GoldException e = assertThrows(GoldException.class, () -> new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
        assertEquals("720", e.code());
        assertEquals("Internal server error (database failure); see the server log", e.getMessage());
        assertTrue(e.getCause() instanceof SQLException, String.valueOf(e.getCause()));
        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertTrue(logged.get(0).getMessage().contains("replay check of nonce n1"), logged.get(0).getMessage());
        assertTrue(logged.get(0).getThrown().getMessage().contains("g_nonce"), "the SQL error is in the log");
    }

    @Test
    void aClosedPoolIsNotAReplayEither() {
        db.close();
        GoldException e = assertThrows(GoldException.class, () -> new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
        assertEquals("720", e.code());
        assertEquals(1, logged.size());
    }

    @Test
    void aReadOnlyDatabaseIs730() {
        SQLException readOnly = new SQLException("[SQLITE_READONLY] attempt to write a readonly database", null, 8);
        assertEquals("730", DatabaseFailure.answer(db.dialect(), readOnly, "x", log).code());
        assertEquals(1, logged.size());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
    }
}
