package gold.t.faults;

import gold.bench.PatroniCluster;

import gold.t.Installation;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * README's production layout with a real failover manager: a {@link PatroniCluster} of two
 * PostgreSQL nodes (synchronous_mode) and two goldd over its multi-host datasource
 * ({@code targetServerType=primary}); the clients' gold.conf names both servers, honours keys, and
 * waits up to {@link #FAILOVER_WAIT_SECONDS} for a database primary. {@link #close()} stops both
 * goldd and the whole cluster.
 */
final class PatroniSite implements AutoCloseable {
    /** The clients' client.failover.wait (the default, the reply deadline): well over Patroni's ttl. */
    static final int FAILOVER_WAIT_SECONDS = 60;

    private final PatroniCluster cluster;
    private final Installation primary;
    private final Installation backup;

    private PatroniSite(PatroniCluster cluster, Installation primary, Installation backup) {
        this.cluster = cluster;
        this.primary = primary;
        this.backup = backup;
    }

    static PatroniSite start(Map<String, String> postgresParameters) throws Exception {
        PatroniCluster cluster = null;
        Installation p = null;
        Installation b = null;
        try {
            cluster = PatroniCluster.start(2, postgresParameters);
            cluster.createDatabase("gold");
            Map<String, String> server = new HashMap<>(Map.of(
                    "database.datasource", cluster.datasource("gold"), "database.user", "postgres",
                    "database.password", "postgres",
                    "database.connect.timeout", "2", "database.socket.timeout", "10",
                    "database.lock.timeout", "2", "database.idle.transaction.timeout", "4",
                    "database.commit.timeout", "3", "database.pool.size", "4"));
            p = Installation.create(server);
            b = Installation.create(server);
            b.writeKey(p.key());
            Files.writeString(p.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = " + p.port()
                    + "\nserver.backup = localhost:" + b.port() + "\nserver.keys.honoured = true\n"
                    + "client.reply.timeout = 15\nclient.connect.timeout = 2\nclient.failover.wait = "
                    + FAILOVER_WAIT_SECONDS + "\n");
            p.start();
            b.start();
            return new PatroniSite(cluster, p, b);
        } catch (Exception | Error e) {
            for (AutoCloseable c : new AutoCloseable[] {b, p, cluster}) {
                if (c != null) {
                    c.close();
                }
            }
            throw e;
        }
    }

    PatroniCluster cluster() { return cluster; }
    /** The primary goldd's installation; its gold.conf is the clients' (both servers, failover wait). */
    Installation clients() { return primary; }
    Installation backup() { return backup; }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {backup, primary, cluster}) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }
    }
}
