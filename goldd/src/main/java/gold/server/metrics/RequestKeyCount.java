package gold.server.metrics;

import gold.server.sql.Database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The number of request-key rows, for {@code gold_request_keys}: counted on a read connection at most
 * every few seconds (a scrape every 15 s costs one count), -1 when the database cannot answer now.
 */
public final class RequestKeyCount implements LongSupplier {
    private static final Logger LOG = Logger.getLogger(RequestKeyCount.class.getName());
    private static final long REUSE_MILLIS = 5000;
    private final Database db;
    private long countedAt;
    private long rows = -1;

    public RequestKeyCount(Database db) {
        this.db = db;
    }

    @Override
    public synchronized long getAsLong() {
        long now = System.currentTimeMillis();
        if (rows >= 0 && now - countedAt < REUSE_MILLIS) {
            return rows;
        }
        try (Connection c = db.reader(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM g_request_key")) {
                rs.next();
                rows = rs.getLong(1);
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            countedAt = now;
        } catch (SQLException e) {
            LOG.fine("cannot count request keys now: " + e.getMessage());
            rows = -1;
        }
        return rows;
    }
}
