package gold.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One PostgreSQL cluster for all PostgreSQL test classes of this JVM (each test gets its own
 * database); PgCluster's shutdown hook stops it when the test JVM exits.
 */
public final class SharedPg {
    private static PgCluster cluster;

    private SharedPg() {
    }

    public static synchronized PgCluster get() {
        if (cluster == null) {
            try {
                cluster = PgCluster.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a PostgreSQL test cluster", e);
            }
        }
        return cluster;
    }
}
