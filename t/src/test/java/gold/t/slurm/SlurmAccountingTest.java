package gold.t.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Row;
import gold.t.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Slurm integration against a real single-node Slurm and a real goldd: quote at submission
 * (job_submit.lua), reservation at start (PrologSlurmctld), charge at end (EpilogSlurmctld), each once.
 */
class SlurmAccountingTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @BeforeAll
    static void slurmPresent() {
        SlurmCluster.requireSlurm();
    }

    @Test
    void aFundedJobIsReservedWhileItRunsAndChargedOnceForWhatItUsed() throws Exception {
        try (Installation gold = Installation.create(Map.of()); SlurmCluster slurm = SlurmCluster.start(gold.home())) {
            GoldSite.start(gold, slurm);

            SlurmCluster.Result submitted = slurm.sbatch("-A", "chem", "-n", "2", "-t", "2", "--wrap", "sleep 6");
            String id = SlurmCluster.jobId(submitted);
            String goldId = SlurmCluster.CLUSTER + "." + id;
            slurm.awaitState(id, WAIT, "RUNNING");
            List<Row> held = GoldSite.reservations(gold, goldId);
            assertEquals(1, held.size(), "a reservation while the job runs: " + held + "\n" + GoldSite.hookLogText(gold));
            assertEquals(2 * 120.0, GoldSite.reserved(gold, held.get(0)), 1e-9, "2 CPUs for the 2-minute time limit");
            assertEquals("chem", held.get(0).get("Project"));
            Installation.Result listed = gold.run("glsres", "-n", goldId, "--raw", "--quiet");
            assertEquals(0, listed.exit(), listed.toString());
            assertTrue(listed.stdout().contains(goldId), "glsres shows it: " + listed);
            assertEquals(100000.0, GoldSite.balance(gold, "chem"), 1e-9, "a reservation does not debit");

            String done = slurm.awaitState(id, WAIT, "COMPLETED");
            long elapsed = seconds(SlurmCluster.field(done, "EndTime")) - seconds(SlurmCluster.field(done, "StartTime"));
            Row charge = awaitCharge(gold, goldId);
            assertEquals(2.0 * elapsed, Double.parseDouble(charge.get("Charge")), 1e-9,
                    "elapsed " + elapsed + " s x 2 CPUs: " + charge);
            assertEquals(Long.toString(elapsed), charge.get("WallDuration"));
            assertEquals("chem", charge.get("Project"));
            assertEquals("root", charge.get("User"));
            assertEquals(SlurmCluster.CLUSTER, charge.get("Machine"));
            assertEquals(100000.0 - 2.0 * elapsed, GoldSite.balance(gold, "chem"), 1e-9);
            assertEquals(List.of(), GoldSite.reservations(gold, goldId), "the charge released the reservation");
            assertEquals("", gold.run("glsres", "-n", goldId, "--raw", "--quiet").stdout());

            // a retried end hook (slurmctld restarted, hook re-run) settles under the same key: nothing doubles
            Installation.Result again = GoldSite.goldSlurm(gold, "epilog", "--job", id, "--cluster", SlurmCluster.CLUSTER);
            assertEquals(0, again.exit(), again.toString());
            assertEquals(1, charges(gold, goldId).size(), "still one charge: " + GoldSite.jobs(gold, goldId));
            assertEquals(100000.0 - 2.0 * elapsed, GoldSite.balance(gold, "chem"), 1e-9);
            // and sync finds it charged
            Installation.Result sync = GoldSite.goldSlurm(gold, "sync");
            assertEquals(0, sync.exit(), sync.toString());
            assertEquals("charged 0, released 0, already charged 1, skipped 0\n", sync.stdout(), sync.toString());

            // the same run as slurmdbd's sacct --json gives it (this cluster has no slurmdbd: a stand-in prints
            // the record in Slurm 22.05's shape) is the same Gold job run: found charged, not charged again
            Path bin = Files.createDirectories(gold.home().resolve("sacct-stand-in"));
            String record = "{\"jobs\": [{\"job_id\": " + id + ", \"cluster\": \"" + SlurmCluster.CLUSTER + "\", "
                    + "\"user\": \"root\", \"account\": \"chem\", \"partition\": \"debug\", \"qos\": \"normal\", "
                    + "\"state\": {\"current\": \"COMPLETED\", \"reason\": \"None\"}, \"restart_cnt\": 0, "
                    + "\"time\": {\"start\": " + seconds(SlurmCluster.field(done, "StartTime")) + ", \"end\": "
                    + seconds(SlurmCluster.field(done, "EndTime")) + ", \"elapsed\": " + elapsed + ", \"limit\": 2}, "
                    + "\"required\": {\"CPUs\": 2}, \"tres\": {\"allocated\": [{\"type\": \"cpu\", \"name\": null, "
                    + "\"id\": 1, \"count\": 2}, {\"type\": \"node\", \"name\": null, \"id\": 4, \"count\": 1}]}}]}";
            Files.writeString(bin.resolve("sacct.json"), record);
            Files.writeString(bin.resolve("sacct"), "#!/bin/sh\necho \"$@\" > " + bin.resolve("sacct.args") + "\ncat "
                    + bin.resolve("sacct.json") + "\n");
            Files.setPosixFilePermissions(bin.resolve("sacct"), PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(gold.home().resolve("etc/slurm/gold-slurm.conf"), "slurm.conf = " + slurm.conf()
                    + "\nslurm.bin = " + bin + "\nsync.source = sacct\n");
            Installation.Result viaSacct = GoldSite.goldSlurm(gold, "sync");
            assertEquals(0, viaSacct.exit(), viaSacct.toString());
            assertEquals("charged 0, released 0, already charged 1, skipped 0\n", viaSacct.stdout(), viaSacct.toString());
            assertTrue(Files.readString(bin.resolve("sacct.args")).startsWith("--json -X -a -D -S "),
                    Files.readString(bin.resolve("sacct.args")));
            assertEquals(1, charges(gold, goldId).size());
            assertEquals(100000.0 - 2.0 * elapsed, GoldSite.balance(gold, "chem"), 1e-9);
        }
    }

    @Test
    void anUnfundedProjectsSubmissionIsRefusedWithGoldsMessage() throws Exception {
        try (Installation gold = Installation.create(Map.of()); SlurmCluster slurm = SlurmCluster.start(gold.home())) {
            GoldSite.start(gold, slurm);
            Installation.Result direct = gold.run("gquote", "-p", "poor", "-u", "root", "-m", SlurmCluster.CLUSTER,
                    "-P", "1", "-t", "60");
            assertEquals(78, direct.exit(), "the project cannot pay: " + direct);
            String message = (direct.stdout() + direct.stderr()).strip();

            SlurmCluster.Result refused = slurm.sbatch("-A", "poor", "-t", "1", "--wrap", "true");
            assertEquals(1, refused.exit(), refused.toString());
            assertTrue(refused.err().contains("sbatch: error: " + message.lines().findFirst().orElseThrow()),
                    "Gold's message reaches the user: " + refused + "\nGold said: " + message);
            assertEquals("", refused.out(), "nothing submitted");

            SlurmCluster.Result funded = slurm.sbatch("-A", "chem", "-t", "1", "--wrap", "true");
            SlurmCluster.jobId(funded);
            assertEquals("", funded.err(), "a funded job is let through silently: " + funded);
        }
    }

    @Test
    void aJobThePrologCannotReserveForDoesNotStart() throws Exception {
        try (Installation gold = Installation.create(Map.of()); SlurmCluster slurm = SlurmCluster.start(gold.home())) {
            GoldSite.start(gold, slurm, "submit.insufficient = warn");

            SlurmCluster.Result warned = slurm.sbatch("-A", "poor", "-t", "1", "--wrap", "true");
            String id = SlurmCluster.jobId(warned);
            assertTrue(warned.err().startsWith("sbatch: "), "warn policy: accepted with Gold's message: " + warned);
            String goldId = SlurmCluster.CLUSTER + "." + id;
            awaitLog(gold, "job " + id + " not started: Gold: ");
            String show = slurm.awaitState(id, WAIT, "PENDING");
            assertTrue(show.contains("Comment=Gold: "), "Gold's reason in the job's comment: " + show);
            assertEquals(List.of(), charges(gold, goldId), "nothing charged");
            assertEquals(List.of(), GoldSite.reservations(gold, goldId), "nothing reserved");
            assertEquals(0, slurm.slurm("scancel", id).exit());
        }
    }

    @Test
    void aCancelledJobIsChargedForWhatItUsedOrRefundedPerPolicy() throws Exception {
        try (Installation gold = Installation.create(Map.of()); SlurmCluster slurm = SlurmCluster.start(gold.home())) {
            GoldSite.start(gold, slurm);

            String charged = SlurmCluster.jobId(slurm.sbatch("-A", "chem", "-n", "1", "-t", "5", "--wrap", "sleep 60"));
            slurm.awaitState(charged, WAIT, "RUNNING");
            awaitReservation(gold, SlurmCluster.CLUSTER + "." + charged);
            Thread.sleep(2000);
            assertEquals(0, slurm.slurm("scancel", charged).exit());
            String done = slurm.awaitState(charged, WAIT, "CANCELLED");
            long elapsed = seconds(SlurmCluster.field(done, "EndTime")) - seconds(SlurmCluster.field(done, "StartTime"));
            Row charge = awaitCharge(gold, SlurmCluster.CLUSTER + "." + charged);
            assertEquals(1.0 * elapsed, Double.parseDouble(charge.get("Charge")), 1e-9, "charged for what it used: " + charge);
            assertEquals(List.of(), GoldSite.reservations(gold, SlurmCluster.CLUSTER + "." + charged));

            GoldSite.configure(gold, slurm, "epilog.cancelled = refund");
            String refunded = SlurmCluster.jobId(slurm.sbatch("-A", "chem", "-n", "1", "-t", "5", "--wrap", "sleep 60"));
            String refundedId = SlurmCluster.CLUSTER + "." + refunded;
            slurm.awaitState(refunded, WAIT, "RUNNING");
            awaitReservation(gold, refundedId);
            assertEquals(0, slurm.slurm("scancel", refunded).exit());
            slurm.awaitState(refunded, WAIT, "CANCELLED");
            awaitLog(gold, "release " + refundedId);
            long end = System.nanoTime() + WAIT.toNanos();
            while (!GoldSite.reservations(gold, refundedId).isEmpty() && System.nanoTime() < end) {
                Thread.sleep(250);
            }
            assertEquals(List.of(), GoldSite.reservations(gold, refundedId), "reservation released");
            assertEquals(List.of(), charges(gold, refundedId), "refund policy: not charged");
            assertEquals(100000.0 - elapsed, GoldSite.balance(gold, "chem"), 1e-9);
        }
    }

    @Test
    void aJobWhoseEndHookReachedNoServerIsChargedBySyncOnce() throws Exception {
        try (Installation gold = Installation.create(Map.of()); SlurmCluster slurm = SlurmCluster.start(gold.home())) {
            // sacct when slurmdbd answers: this cluster has none, so sync falls back to the jobcomp log
            GoldSite.start(gold, slurm, "sync.source = auto");

            String id = SlurmCluster.jobId(slurm.sbatch("-A", "chem", "-n", "1", "-t", "1", "--wrap", "sleep 4"));
            String goldId = SlurmCluster.CLUSTER + "." + id;
            slurm.awaitState(id, WAIT, "RUNNING");
            awaitReservation(gold, goldId);
            assertEquals(0, gold.run("goldd", "--stop").exit());
            String done = slurm.awaitState(id, WAIT, "COMPLETED");
            long elapsed = seconds(SlurmCluster.field(done, "EndTime")) - seconds(SlurmCluster.field(done, "StartTime"));
            slurm.awaitCompletionRecord(id, WAIT);
            awaitLog(gold, "left for gold-slurm sync");
            gold.start();
            assertEquals(List.of(), charges(gold, goldId), "not charged while no server answered");

            Installation.Result dry = GoldSite.goldSlurm(gold, "sync", "--dry-run");
            assertEquals(0, dry.exit(), dry.toString());
            assertTrue(dry.stdout().startsWith("would charge " + goldId + " COMPLETED " + elapsed + " s"), dry.toString());
            assertEquals(List.of(), charges(gold, goldId), "--dry-run changes nothing");
            assertTrue(GoldSite.hookLogText(gold).contains("Slurm accounting storage is disabled; reading the jobcomp log instead"),
                    GoldSite.hookLogText(gold));

            Installation.Result sync = GoldSite.goldSlurm(gold, "sync");
            assertEquals(0, sync.exit(), sync.toString());
            assertEquals("charged 1, released 0, already charged 0, skipped 0\n", sync.stdout(), sync.toString());
            assertEquals(1, charges(gold, goldId).size());
            assertEquals(1.0 * elapsed, Double.parseDouble(charges(gold, goldId).get(0).get("Charge")), 1e-9);
            assertEquals(List.of(), GoldSite.reservations(gold, goldId), "its reservation is gone");
            assertEquals(100000.0 - elapsed, GoldSite.balance(gold, "chem"), 1e-9);

            Installation.Result second = GoldSite.goldSlurm(gold, "sync");
            assertEquals("charged 0, released 0, already charged 0, skipped 0\n", second.stdout(), second.toString());
            Installation.Result whole = GoldSite.goldSlurm(gold, "sync", "--from-start");
            assertEquals("charged 0, released 0, already charged 1, skipped 0\n", whole.stdout(), whole.toString());
            assertEquals(1, charges(gold, goldId).size(), "charged once");
            assertEquals(100000.0 - elapsed, GoldSite.balance(gold, "chem"), 1e-9);
        }
    }

    static List<Row> charges(Installation gold, String goldId) throws Exception {
        return GoldSite.jobs(gold, goldId).stream().filter(r -> r.get("Stage").equals("Charge")).toList();
    }

    static Row awaitCharge(Installation gold, String goldId) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<Row> c = charges(gold, goldId);
            if (!c.isEmpty()) {
                assertEquals(1, c.size(), "one charge: " + c);
                return c.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no charge of " + goldId + ": " + GoldSite.jobs(gold, goldId) + "\n" + GoldSite.hookLogText(gold));
    }

    static void awaitReservation(Installation gold, String goldId) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (GoldSite.reservations(gold, goldId).isEmpty()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no reservation of " + goldId + "\n" + GoldSite.hookLogText(gold));
            }
            Thread.sleep(250);
        }
    }

    static void awaitLog(Installation gold, String text) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!GoldSite.hookLogText(gold).contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("hook log lacks '" + text + "':\n" + GoldSite.hookLogText(gold));
            }
            Thread.sleep(250);
        }
    }

    static long seconds(String slurmTime) {
        return LocalDateTime.parse(slurmTime).atZone(ZoneId.systemDefault()).toEpochSecond();
    }
}
