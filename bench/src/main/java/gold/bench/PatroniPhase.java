package gold.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Charge on the production layout's database: a Patroni cluster of two PostgreSQL nodes with
 * {@code synchronous_mode} (every commit waits for the standby), one goldd on the multi-host
 * datasource, the same Charge cells as on the single node. {@code synchronous_commit} is on here
 * whatever {@code --durable} says (off would not wait for the standby at all); fsync follows
 * {@code --durable} as on the single node. Each cell runs on until every client has a few samples. The cluster is stopped at the end, also on failure.
 */
final class PatroniPhase {
    static final String DATABASE = "patroni";
    private static final int MIN_SAMPLES = 5;

    private PatroniPhase() {
    }

    static void run(Options o, Results r) {
        if (!Files.isExecutable(Path.of("/usr/bin/patroni"))) {
            r.problems.add("Patroni phase not run: /usr/bin/patroni is missing (Debian packages patroni, etcd-server)");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fsync", o.durable() ? "on" : "off");
        parameters.put("full_page_writes", o.durable() ? "on" : "off");
        parameters.put("synchronous_commit", "on");
        parameters.put("shared_buffers", "256MB");
        try (PatroniCluster cluster = PatroniCluster.start(2, parameters)) {
            cluster.createDatabase("gold");
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("server.workers", String.valueOf(o.workers()));
            settings.put("database.datasource", cluster.datasource("gold"));
            settings.put("database.user", "postgres");
            settings.put("database.password", "postgres");
            try (GoldInstall gold = GoldInstall.create(o.tree(), o.work().resolve("gold-patroni"), settings)) {
                gold.start();
                int leader = cluster.awaitHealthy(Duration.ofSeconds(60));
                r.facts.put("Patroni cluster (Charge cells " + DATABASE + ")", "2 nodes, synchronous_mode, "
                        + "synchronous_commit on, fsync " + parameters.get("fsync") + ", loopback; the other node: "
                        + cluster.role(1 - leader).orElse("?"));
                Fixture fixture = Fixture.create(gold.client(Suite.CLASSIC));
                LoadRunner load = new LoadRunner(gold, fixture, DATABASE, cluster.postmasterPid(leader));
                load.run(Operation.CHARGE, Suite.CLASSIC, 4, 0, Math.max(0.5, o.warmup()));
                for (int clients : o.clients()) {
                    // at least a few samples per client even on a busy machine, within ten cell lengths
                    Cell c = load.run(Operation.CHARGE, Suite.CLASSIC, clients, o.warmup(), o.seconds(), MIN_SAMPLES,
                            10 * o.seconds());
                    r.cells.add(c);
                    System.out.printf("bench: %-10s %-8s %-12s %2d clients %8.1f req/s p50 %.1f ms p99 %.1f ms%s%n",
                            c.database(), Operation.CHARGE.label(), Suite.CLASSIC.label(), clients, c.perSecond(),
                            c.latencies().medianMillis(), c.latencies().percentileMillis(99),
                            c.failures() > 0 ? " failures " + c.failures() + ": " + c.firstFailure() : "");
                }
            }
        } catch (Exception | AssertionError e) {
            r.problems.add("Patroni phase: " + e);
            System.err.println("bench: Patroni phase failed: " + e);
        }
    }
}
