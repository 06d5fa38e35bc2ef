package gold.slurm;

import gold.protocol.GoldConfig;
import gold.protocol.config.InvalidSettingException;
import gold.protocol.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * etc/slurm/gold-slurm.conf: how Slurm's jobs map onto Gold and what each hook does when Gold says no
 * or does not answer, every key read through the registry {@link SlurmKeys}. Unknown policy values are refused at start-up with the key named, so a typo never
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
        GoldConfig c = (Files.exists(f) || file != null ? GoldConfig.load(f) : GoldConfig.empty())
                .reportingInvalidTo(SiteConfig::ignoreInvalidNumber);
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
        for (Setting<String> s : SlurmKeys.WORDS) {
            choice(s);
        }
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

    /**
     * A bad number or path reads as its default without a word: the hooks' stderr goes to slurmctld and
     * their log file is itself a setting (word settings are refused instead, see {@link #choice}).
     */
    static void ignoreInvalidNumber(String warning) {
        // deliberately silent, as before the registry
    }

    /** A word setting's value; one that is not among its words is refused with the key named. */
    private String choice(Setting<String> s) {
        try {
            return conf.require(s);
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException("gold-slurm.conf: " + e.key() + " = " + e.value().strip() + " "
                    + e.expected(), e);
        }
    }

    public Path home() { return home; }
    /** Where Slurm's configuration is; the hooks get no SLURM_CONF from slurmctld. */
    public String slurmConf() { return conf.get(SlurmKeys.SLURM_CONF); }
    /** Directory of scontrol/sacctmgr/sacct. */
    public Path slurmBin() { return Path.of(conf.get(SlurmKeys.SLURM_BIN)); }
    /** The fixed machine name, or "" to take it from the job. */
    public String machine() { return conf.get(SlurmKeys.MACHINE); }
    public String machineFrom() { return choice(SlurmKeys.MACHINE_FROM); }
    public String projectFrom() { return choice(SlurmKeys.PROJECT_FROM); }
    /** Resources sent besides Processors (charged when Gold has a Resource charge rate of that name). */
    public List<String> chargedResources() {
        String v = conf.get(SlurmKeys.CHARGE_RESOURCES);
        return v.isEmpty() ? List.of() : List.of(v.split("[,\\s]+"));
    }
    /** Whether QOS is sent as QualityOfService (charge multipliers). */
    public boolean chargeQos() { return conf.get(SlurmKeys.CHARGE_QOS); }
    /** Seconds reserved for a job without a time limit. */
    public long defaultTimeLimit() { return conf.get(SlurmKeys.DEFAULT_TIME_LIMIT); }
    public String submitInsufficient() { return choice(SlurmKeys.SUBMIT_INSUFFICIENT); }
    public String submitUnreachable() { return choice(SlurmKeys.SUBMIT_UNREACHABLE); }
    public String prologInsufficient() { return choice(SlurmKeys.PROLOG_INSUFFICIENT); }
    public String prologUnreachable() { return choice(SlurmKeys.PROLOG_UNREACHABLE); }
    public String epilogCancelled() { return choice(SlurmKeys.EPILOG_CANCELLED); }
    public String epilogRequeued() { return choice(SlurmKeys.EPILOG_REQUEUED); }
    public String epilogNodeFail() { return choice(SlurmKeys.EPILOG_NODE_FAIL); }
    /** The Gold user the hooks act as (must hold the Scheduler role); default: the OS user running them. */
    public String actor() {
        String v = conf.get(SlurmKeys.GOLD_ACTOR);
        return v.isEmpty() ? System.getProperty("user.name", "") : v;
    }
    /** Reply deadline of a hook's request (slurmctld waits for its hooks). */
    public int replyTimeout() { return conf.get(SlurmKeys.GOLD_REPLY_TIMEOUT); }
    public int connectTimeout() { return conf.get(SlurmKeys.GOLD_CONNECT_TIMEOUT); }
    /** State of sync (watermark) and the hooks' log. */
    public Path stateDir() { return home.resolve(conf.get(SlurmKeys.STATE_DIR)); }
    public Path logFile() { return home.resolve(conf.get(SlurmKeys.LOG_FILE)); }
    /** The jobcomp/filetxt log; "" = JobCompLoc of slurm.conf. */
    public String jobcompLog() { return conf.get(SlurmKeys.JOBCOMP_LOG); }
    /** Where sync reads ended jobs: the jobcomp/filetxt log, {@code sacct --json} (slurmdbd), or sacct when slurmdbd answers. */
    public String syncSource() { return choice(SlurmKeys.SYNC_SOURCE); }
    /** Seconds sync reads again before its sacct watermark, for records slurmdbd receives late. */
    public long sacctOverlap() { return conf.get(SlurmKeys.SYNC_SACCT_OVERLAP); }
    /** The cluster name for records that carry none (jobcomp without slurmdbd); "" = ClusterName of slurm.conf. */
    public String cluster() { return conf.get(SlurmKeys.CLUSTER); }
}
