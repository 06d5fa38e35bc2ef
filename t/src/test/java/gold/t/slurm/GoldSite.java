package gold.t.slurm;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.t.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gold side of the Slurm tests: a tree whose hooks Slurm runs (gold-slurm.conf pointing at the test's
 * slurm.conf), the accounting data the tests need, and exact reads through the protocol client.
 */
final class GoldSite {
    private GoldSite() {
    }

    /** Writes the tree's gold-slurm.conf for the cluster (plus extra lines). */
    static void configure(Installation gold, SlurmCluster slurm, String... extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("slurm.conf = " + slurm.conf(), "slurm.bin = /usr/bin"));
        lines.addAll(List.of(extra));
        Files.writeString(gold.home().resolve("etc/slurm/gold-slurm.conf"), String.join("\n", lines) + "\n");
    }

    /** configure, then goldd started and {@link #populate}d: the site most tests begin with. */
    static void start(Installation gold, SlurmCluster slurm, String... extra) throws IOException {
        configure(gold, slurm, extra);
        gold.start();
        populate(gold);
    }

    /** root (who submits and whose hooks act) as a Gold admin, machine, rates, a funded and an unfunded project. */
    static void populate(Installation gold) throws IOException {
        ok(gold.run("gmkuser", "root"));
        ok(gold.run("goldsh", "RoleUser Create Role=SystemAdmin Name=root"));
        ok(gold.run("gmkmachine", SlurmCluster.CLUSTER));
        ok(gold.run("goldsh", "ChargeRate Modify Type==Resource Name==Processors Rate=1"));
        ok(gold.run("gmkproject", "-u", "root", "chem"));
        ok(gold.run("gmkproject", "-u", "root", "poor"));
        ok(gold.run("gdeposit", "-p", "chem", "100000"));
    }

    static void ok(Installation.Result r) {
        if (r.exit() != 0) {
            throw new AssertionError("setup command failed: " + r);
        }
    }

    /** Rows of a query as the administrator: {@code where} alternates name and value. */
    static List<Row> query(Installation gold, String object, List<String> show, String... where) throws IOException {
        Request.Builder q = Request.builder(object, "Query").actor(Installation.admin());
        show.forEach(q::get);
        for (int i = 0; i < where.length; i += 2) {
            q.where(where[i], where[i + 1]);
        }
        Response r = gold.client().send(q.build());
        if (r.isFailure()) {
            throw new AssertionError(object + " query failed: " + r.code() + " " + r.message());
        }
        return r.data();
    }

    /** Gold's job records of a Slurm job (every stage). */
    static List<Row> jobs(Installation gold, String goldJobId) throws IOException {
        return query(gold, "Job", List.of("Id", "JobId", "Stage", "Charge", "WallDuration", "Processors", "Project",
                "User", "Machine", "StartTime", "EndTime"), "JobId", goldJobId);
    }

    static List<Row> reservations(Installation gold, String goldJobId) throws IOException {
        return query(gold, "Reservation", List.of("Id", "Name", "Project", "User", "Machine"), "Name", goldJobId);
    }

    /** The amount a reservation holds (the sum over its allocations). */
    static double reserved(Installation gold, Row reservation) throws IOException {
        double sum = 0;
        for (Row r : query(gold, "ReservationAllocation", List.of("Amount"), "Reservation", reservation.get("Id"))) {
            sum += Double.parseDouble(r.get("Amount"));
        }
        return sum;
    }

    /** Sum of the project's allocations. */
    static double balance(Installation gold, String project) throws IOException {
        String account = query(gold, "AccountProject", List.of("Account"), "Name", project).get(0).get("Account");
        double sum = 0;
        for (Row r : query(gold, "Allocation", List.of("Amount"), "Account", account)) {
            sum += Double.parseDouble(r.get("Amount"));
        }
        return sum;
    }

    /** Runs bin/gold-slurm as root (as Slurm's hooks and a site's cron run it) with this tree's GOLD_HOME. */
    static Installation.Result goldSlurm(Installation gold, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(gold.home().resolve("bin/gold-slurm").toString());
        cmd.addAll(List.of(args));
        return gold.runAsInvoker(cmd.toArray(String[]::new));
    }

    static Path hookLog(Installation gold) {
        return gold.home().resolve("log/gold-slurm.log");
    }

    static String hookLogText(Installation gold) {
        try {
            return Files.exists(hookLog(gold)) ? Files.readString(hookLog(gold)) : "(no hook log)";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
