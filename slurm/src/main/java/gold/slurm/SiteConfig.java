package gold.slurm;

import gold.protocol.GoldConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * etc/slurm/gold-slurm.conf: how Slurm's jobs map onto Gold and what each hook does when Gold says no
 * or does not answer. Unknown policy values are refused at start-up with the key named, so a typo never
 * silently changes what a site pays.
 */
public final class SiteConfig {
    private final GoldConfig conf;
    private final Path home;

    private SiteConfig(GoldConfig conf, Path home) {
        this.conf = conf;
        this.home = home;
    }

    /** Reads HOME/etc/slurm/gold-slurm.conf (or FILE); a missing file means every default. */
    public static SiteConfig load(Path home, Path file) throws IOException {
        Path f = file != null ? file : home.resolve("etc/slurm/gold-slurm.conf");
        GoldConfig c = Files.exists(f) || file != null ? GoldConfig.load(f) : GoldConfig.empty();
        SiteConfig site = new SiteConfig(c, home);
        site.validate();
        return site;
    }

    static SiteConfig of(GoldConfig c, Path home) {
        SiteConfig site = new SiteConfig(c, home);
        site.validate();
        return site;
    }

    private void validate() {
        choice("machine.from", "cluster", "cluster", "partition", "fixed");
        choice("project.from", "account", "account", "partition", "qos", "wckey");
        choice("submit.insufficient", "refuse", "refuse", "warn");
        choice("submit.unreachable", "allow", "allow", "refuse");
        choice("prolog.insufficient", "deny", "deny", "allow");
        choice("prolog.unreachable", "allow", "allow", "deny");
        choice("epilog.cancelled", "charge", "charge", "refund");
        choice("epilog.requeued", "charge", "charge", "refund");
        choice("epilog.node_fail", "refund", "charge", "refund");
        choice("sync.source", "jobcomp", "jobcomp", "sacct", "auto");
        for (String r : chargedResources()) {
            if (!Set.of("Nodes", "Memory", "GPUs").contains(r)) {
                throw new IllegalArgumentException("gold-slurm.conf: charge.resources: unknown resource " + r
                        + " (Nodes, Memory, GPUs; Processors are always sent)");
            }
        }
        if (machine().isEmpty() && machineFrom().equals("fixed")) {
            throw new IllegalArgumentException("gold-slurm.conf: machine.from = fixed needs machine = NAME");
        }
    }

    private String choice(String key, String def, String... allowed) {
        String v = conf.get(key, def).trim().toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(v)) {
            throw new IllegalArgumentException("gold-slurm.conf: " + key + " = " + v + " is not one of "
                    + String.join(", ", allowed));
        }
        return v;
    }

    public Path home() { return home; }
    /** Where Slurm's configuration is; the hooks get no SLURM_CONF from slurmctld. */
    public String slurmConf() { return conf.get("slurm.conf", "/etc/slurm/slurm.conf").trim(); }
    /** Directory of scontrol/sacctmgr/sacct. */
    public Path slurmBin() { return Path.of(conf.get("slurm.bin", "/usr/bin").trim()); }
    /** The fixed machine name, or "" to take it from the job. */
    public String machine() { return conf.get("machine", "").trim(); }
    public String machineFrom() { return choice("machine.from", "cluster", "cluster", "partition", "fixed"); }
    public String projectFrom() { return choice("project.from", "account", "account", "partition", "qos", "wckey"); }
    /** Resources sent besides Processors (charged when Gold has a Resource charge rate of that name). */
    public List<String> chargedResources() {
        String v = conf.get("charge.resources", "").trim();
        return v.isEmpty() ? List.of() : List.of(v.split("[,\\s]+"));
    }
    /** Whether QOS is sent as QualityOfService (charge multipliers). */
    public boolean chargeQos() { return conf.flag("charge.qos", true); }
    /** Seconds reserved for a job without a time limit. */
    public long defaultTimeLimit() { return conf.integer("default.time.limit", 86400); }
    public String submitInsufficient() { return choice("submit.insufficient", "refuse", "refuse", "warn"); }
    public String submitUnreachable() { return choice("submit.unreachable", "allow", "allow", "refuse"); }
    public String prologInsufficient() { return choice("prolog.insufficient", "deny", "deny", "allow"); }
    public String prologUnreachable() { return choice("prolog.unreachable", "allow", "allow", "deny"); }
    public String epilogCancelled() { return choice("epilog.cancelled", "charge", "charge", "refund"); }
    public String epilogRequeued() { return choice("epilog.requeued", "charge", "charge", "refund"); }
    public String epilogNodeFail() { return choice("epilog.node_fail", "refund", "charge", "refund"); }
    /** The Gold user the hooks act as (must hold the Scheduler role); default: the OS user running them. */
    public String actor() {
        String v = conf.get("gold.actor", "").trim();
        return v.isEmpty() ? System.getProperty("user.name", "") : v;
    }
    /** Reply deadline of a hook's request (slurmctld waits for its hooks). */
    public int replyTimeout() { return conf.integer("gold.reply.timeout", 15); }
    public int connectTimeout() { return conf.integer("gold.connect.timeout", 3); }
    /** State of sync (watermark) and the hooks' log. */
    public Path stateDir() { return home.resolve(conf.get("state.dir", "var/slurm").trim()); }
    public Path logFile() { return home.resolve(conf.get("log.file", "log/gold-slurm.log").trim()); }
    /** The jobcomp/filetxt log; "" = JobCompLoc of slurm.conf. */
    public String jobcompLog() { return conf.get("jobcomp.log", "").trim(); }
    /** Where sync reads ended jobs: the jobcomp/filetxt log, {@code sacct --json} (slurmdbd), or sacct when slurmdbd answers. */
    public String syncSource() { return choice("sync.source", "jobcomp", "jobcomp", "sacct", "auto"); }
    /** Seconds sync reads again before its sacct watermark, for records slurmdbd receives late. */
    public long sacctOverlap() { return conf.integer("sync.sacct.overlap", 600); }
    /** The cluster name for records that carry none (jobcomp without slurmdbd); "" = ClusterName of slurm.conf. */
    public String cluster() { return conf.get("cluster", "").trim(); }
}
