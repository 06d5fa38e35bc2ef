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
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GS2 nonce table on a real PostgreSQL: replays, and an unreachable database answered 730. */
class NonceTablePostgresTest {
    static final long EXPIRES = System.currentTimeMillis() / 1000 + 600;
    PgCluster pg;
    Database db;

    @BeforeEach
    void start() throws Exception {
        pg = PgCluster.start();
        db = Database.open(DatabaseSettings.from(Map.of("database.datasource", pg.createDatabase("gold"),
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

    @Test
    void anUnreachableDatabaseIs730NotAReplay() throws Exception {
        pg.kill();
        GoldException e = assertThrows(GoldException.class, () -> new NonceTable(db).firstUse("Symmetric", "", "n1", EXPIRES));
        assertEquals("730", e.code());
        assertEquals("The database is unavailable", e.getMessage());
    }
}
