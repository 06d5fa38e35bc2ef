package gold.server.sql;

import gold.protocol.Code;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Dense ids from {@code g_key_generator} (docs/data-model.md, Ids and the key generator): the increment runs inside the caller's
 * transaction, so a rolled-back request hands out nothing. Never a database sequence, which would
 * leak ids on rollback.
 */
public final class KeyGenerator {
    private KeyGenerator() {
    }

    /**
     * One statement (UPDATE ... RETURNING, which SQLite and PostgreSQL-compatible engines accept): the
     * counter row is hot, every writer holds its lock from its first id to its commit.
     */
    public static long nextId(Connection c, String name) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = ? RETURNING g_next_id")) {
            up.setString(1, name);
            try (ResultSet rs = up.executeQuery()) {
                if (!rs.next()) {
                    throw Code.INTERNAL.exception("Unable to generate next id for " + name);
                }
                long id = rs.getLong(1) - 1;
                if (id <= 0) {
                    throw Code.INTERNAL.exception("Unable to obtain unique id for " + name);
                }
                return id;
            }
        }
    }

    /** Moves the generator on by {@code count} ids without handing any out (ids owed by read-only requests). */
    public static void advance(Connection c, String name, long count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE g_key_generator SET g_next_id = g_next_id + ? WHERE g_name = ?")) {
            up.setLong(1, count);
            up.setString(2, name);
            if (up.executeUpdate() != 1) {
                throw Code.INTERNAL.exception("Unable to generate next id for " + name);
            }
        }
    }

    /** The next id that would be handed out, or 0 when the generator row is missing. */
    public static long current(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT g_next_id FROM g_key_generator WHERE g_name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Sets the next id (Undo/Redo); the row is created if missing. */
    public static void set(Connection c, String name, long next) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE g_key_generator SET g_next_id = ? WHERE g_name = ?")) {
            up.setLong(1, next);
            up.setString(2, name);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO g_key_generator (g_name, g_next_id) VALUES (?, ?)")) {
            in.setString(1, name);
            in.setLong(2, next);
            in.executeUpdate();
        }
    }
}
