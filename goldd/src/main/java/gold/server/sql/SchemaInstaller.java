package gold.server.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Loads the bootstrap schema and rows into an empty database, inside the caller's transaction. */
@FunctionalInterface
public interface SchemaInstaller {
    void install(Connection c, String admin, long now) throws SQLException;

    /** The shipped sql/bank.sql. */
    static SchemaInstaller bankSql() {
        return (c, admin, now) -> BootstrapScript.load().run(c, admin, now);
    }
}
