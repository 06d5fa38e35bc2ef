package gold.t.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.t.Installation;
import gold.testkit.PgCluster;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two goldd on one PostgreSQL database; the hooks' gold.conf names the second as backup. A job that
 * ends while the primary goldd has been killed (kill -9 of every process of it) is charged through
 * the backup, once, and a retried end hook does not charge it again.
 */
class SlurmFailoverTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @BeforeAll
    static void slurmPresent() {
        SlurmCluster.requireSlurm();
    }

    @Test
    void aJobEndingWhileThePrimaryIsDeadIsChargedOnceThroughTheBackup() throws Exception {
        try (PgCluster pg = PgCluster.start()) {
            Map<String, String> server = new HashMap<>(Map.of("database.datasource", pg.createDatabase("gold"),
                    "database.user", pg.user()));
            try (Installation primary = Installation.create(server); Installation backup = Installation.create(server);
                 SlurmCluster slurm = SlurmCluster.start(primary.home())) {
                backup.writeKey(primary.key());
                Files.writeString(primary.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = "
                        + primary.port() + "\nserver.backup = localhost:" + backup.port()
                        + "\nserver.keys.honoured = true\nclient.reply.timeout = 6\nclient.connect.timeout = 2\n");
                GoldSite.configure(primary, slurm);
                primary.start();
                backup.start();
                GoldSite.populate(primary);

                String id = SlurmCluster.jobId(slurm.sbatch("-A", "chem", "-n", "2", "-t", "1", "--wrap", "sleep 8"));
                String goldId = SlurmCluster.CLUSTER + "." + id;
                slurm.awaitState(id, WAIT, "RUNNING");
                SlurmAccountingTest.awaitReservation(backup, goldId);
                String home = "gold.home=" + primary.home();
                List<ProcessHandle> killed = ProcessHandle.allProcesses()
                        .filter(h -> h.info().commandLine().map(c -> c.contains(home)).orElse(false)).toList();
                killed.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle h : killed) {
                    h.onExit().get();
                }

                String done = slurm.awaitState(id, WAIT, "COMPLETED");
                long elapsed = SlurmAccountingTest.seconds(SlurmCluster.field(done, "EndTime"))
                        - SlurmAccountingTest.seconds(SlurmCluster.field(done, "StartTime"));
                var charge = SlurmAccountingTest.awaitCharge(backup, goldId);
                assertEquals(2.0 * elapsed, Double.parseDouble(charge.get("Charge")), 1e-9, charge.toString());
                assertEquals(List.of(), GoldSite.reservations(backup, goldId));
                assertEquals(100000.0 - 2.0 * elapsed, GoldSite.balance(backup, "chem"), 1e-9);

                Installation.Result retried = GoldSite.goldSlurm(primary, "epilog", "--job", id, "--cluster",
                        SlurmCluster.CLUSTER);
                assertEquals(0, retried.exit(), retried.toString());
                assertEquals(1, SlurmAccountingTest.charges(backup, goldId).size(),
                        "charged once: " + GoldSite.jobs(backup, goldId) + "\n" + GoldSite.hookLogText(primary));
                assertEquals(100000.0 - 2.0 * elapsed, GoldSite.balance(backup, "chem"), 1e-9);
            }
        }
    }
}
