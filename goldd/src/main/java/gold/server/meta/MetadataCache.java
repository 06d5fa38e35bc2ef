package gold.server.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The process-wide metadata snapshot and its staleness check. Worker processes share the database, so
 * a metadata change increments a version counter (the {@code Metadata} row of g_key_generator) in the
 * changing request's transaction; every request reads that one row first and reloads the snapshot
 * when the number moved (docs/data-model.md, Metadata cache, never a reload inside the changing transaction).
 */
public final class MetadataCache {
    /** Name of the g_key_generator row used as the metadata version counter. */
    public static final String VERSION_ROW = "Metadata";
    private static final Logger LOG = Logger.getLogger(MetadataCache.class.getName());
    private volatile Metadata current;

    /** The snapshot as of the last check. */
    public Metadata get() {
        Metadata m = current;
        if (m == null) {
            throw new IllegalStateException("metadata cache not loaded");
        }
        return m;
    }

    /** Reloads when the database's version differs from the snapshot's (one tiny query otherwise). */
    public Metadata fresh(Connection c) throws SQLException {
        long version = version(c);
        Metadata m = current;
        if (m == null || m.version() != version) {
            synchronized (this) {
                m = current;
                if (m == null || m.version() != version) {
                    m = MetadataLoader.load(c, version);
                    current = m;
                    LOG.fine("metadata cache loaded at version " + version);
                }
            }
        }
        return m;
    }

    /** Inside a writing transaction: tells every server process to reload after this commits. */
    public static void bump(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (s.executeUpdate("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = '"
                    + VERSION_ROW + "'") == 1) {
                return;
            }
            s.executeUpdate("INSERT INTO g_key_generator (g_name, g_next_id) VALUES ('" + VERSION_ROW + "', 2)");
        }
    }

    private static long version(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT g_next_id FROM g_key_generator WHERE g_name = ?")) {
            q.setString(1, VERSION_ROW);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 1;
            }
        }
    }
}
