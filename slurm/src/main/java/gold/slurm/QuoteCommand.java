package gold.slurm;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import java.nio.charset.StandardCharsets;

/**
 * Called by job_submit.lua for each submission: asks Gold for a quote of the job at its time limit.
 * Prints one line for the submitting user (Gold's message, or a warning) and exits 0 to accept or 1 to
 * refuse, per submit.insufficient and submit.unreachable; the Lua side only relays the verdict.
 */
@Command(name = "quote", description = "Quote a submitted job (called by job_submit.lua); exit 1 = refuse.")
final class QuoteCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--user", defaultValue = "", description = "user name (default: the name of --uid)") String user;
    @Option(names = "--uid", defaultValue = "", description = "numeric user id, when Slurm gives no name") String uid;
    @Option(names = "--account", defaultValue = "") String account;
    @Option(names = "--partition", defaultValue = "") String partition;
    @Option(names = "--qos", defaultValue = "") String qos;
    @Option(names = "--wckey", defaultValue = "") String wckey;
    @Option(names = "--cluster", defaultValue = "") String cluster;
    @Option(names = "--cpus", defaultValue = "1") int cpus;
    @Option(names = "--nodes", defaultValue = "1") int nodes;
    @Option(names = "--memory", defaultValue = "0", description = "memory in MB") long memory;
    @Option(names = "--gpus", defaultValue = "0") int gpus;
    @Option(names = "--time-limit", defaultValue = "-1", description = "minutes; negative = none") long timeLimit;

    /** The login name of a uid, through the system's user database (getent covers LDAP/SSSD too). */
    static String userName(String uid) throws IOException {
        if (!uid.matches("\\d+")) {
            throw new IllegalArgumentException("quote needs --user or a numeric --uid");
        }
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/getent", "passwd", uid);
        Process p = pb.start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return line.isEmpty() ? uid : line.substring(0, line.indexOf(':'));
    }

    @Override
    public Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookLog log = new HookLog(site.logFile(), "submit");
        if (user.isEmpty()) {
            user = userName(uid);
        }
        String c = cluster.isEmpty() ? new Slurm(site).clusterName() : cluster;
        SlurmJob job = new SlurmJob(c, "new", user, account, partition, qos, wckey, Math.max(cpus, 1),
                Math.max(nodes, 1), memory, gpus, timeLimit > 0 ? timeLimit * 60 : -1, -1, -1, "", "", 0);
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
        Gold.Outcome o = acc.quote(job);
        String what = "quote user " + user + " project " + acc.mapping().project(job) + " machine "
                + acc.mapping().machine(job) + " " + job.cpus() + " CPUs " + acc.mapping().reservedSeconds(job) + " s: ";
        switch (o.kind()) {
            case OK -> {
                log.info(what + o.message());
                return 0;
            }
            case UNREACHABLE -> {
                log.warn(what + "no Gold server answered (" + o.code() + " " + o.message() + "), policy "
                        + site.submitUnreachable());
                if (site.submitUnreachable().equals("refuse")) {
                    System.out.println("Gold accounting is unreachable; submission refused, try again later");
                    return GoldSlurm.REFUSE;
                }
                return 0;
            }
            default -> {
                log.warn(what + "refused (" + o.code() + " " + o.message() + "), policy " + site.submitInsufficient());
                System.out.println(o.message().replaceAll("\\s+", " ").strip());
                return site.submitInsufficient().equals("refuse") ? GoldSlurm.REFUSE : 0;
            }
        }
    }
}
