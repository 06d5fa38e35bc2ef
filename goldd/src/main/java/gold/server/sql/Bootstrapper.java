package gold.server.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Bootstraps an empty database once, however many servers start together: inside one write
 * transaction holding the bootstrap lock (SQLite BEGIN IMMEDIATE, PostgreSQL advisory lock), check
 * for g_key_generator and load the schema only when it is missing.
 */
public final class Bootstrapper {
    private static final Logger LOG = Logger.getLogger(Bootstrapper.class.getName());

    private Bootstrapper() {
    }

    /** Returns true when this call loaded the schema. */
    public static boolean ensure(Database db, SchemaInstaller installer, String admin, long now) throws SQLException {
        try (Connection c = db.writer()) {
            db.dialect().beginWrite(c);
            try {
                db.dialect().lockForBootstrap(c);
                boolean empty = !tableExists(c, "g_key_generator");
                if (empty) {
                    LOG.info("bootstrapping an empty " + db.dialect().name() + " database for administrator " + admin);
                    installer.install(c, admin, now);
                }
                if (!db.dialect().commit(c)) {
                    throw new SQLException("the bootstrap commit was not confirmed by synchronous replication", "08006");
                }
                return empty;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
