package gold.slurm;

import static gold.protocol.config.Setting.choice;
import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.integer;
import static gold.protocol.config.Setting.text;

import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;
import java.util.List;

/**
 * The gold-slurm registry: every etc/slurm/gold-slurm.conf key as a typed setting (the shipped file
 * explains each at length). The Gold servers, key and security mode come from etc/gold.conf. A policy
 * or mapping value that is not one of its words stops the hooks at start-up with the key named
 * ({@link SiteConfig}), so a typo never silently changes what a site pays; a bad number reads as the
 * default.
 */
public final class SlurmKeys {
    private SlurmKeys() {
    }

    // Slurm
    public static final Setting<String> SLURM_CONF = text("slurm.conf", "/etc/slurm/slurm.conf",
            "slurm.conf of the cluster (the hooks get no SLURM_CONF from slurmctld)");
    public static final Setting<String> SLURM_BIN = text("slurm.bin", "/usr/bin",
            "directory of scontrol, sacctmgr and sacct");
    public static final Setting<String> CLUSTER = text("cluster", "",
            "cluster name for completion records that carry none (none: ClusterName of slurm.conf)");
    public static final Setting<String> JOBCOMP_LOG = text("jobcomp.log", "",
            "the jobcomp/filetxt log sync reads (none: JobCompLoc of slurm.conf)");
    public static final Setting<String> SYNC_SOURCE = choice("sync.source", "jobcomp",
            List.of("jobcomp", "sacct", "auto"), "where `gold-slurm sync` reads ended jobs");
    public static final Setting<Integer> SYNC_SACCT_OVERLAP = integer("sync.sacct.overlap", 600,
            Integer.MIN_VALUE, Integer.MAX_VALUE, "seconds sync reads again before its sacct watermark");

    // Mapping
    public static final Setting<String> MACHINE_FROM = choice("machine.from", "cluster",
            List.of("cluster", "partition", "fixed"), "where the Gold machine comes from");
    public static final Setting<String> MACHINE = text("machine", "", "the machine of `machine.from = fixed`");
    public static final Setting<String> PROJECT_FROM = choice("project.from", "account",
            List.of("account", "partition", "qos", "wckey"), "which Slurm field is the Gold project");
    public static final Setting<String> CHARGE_RESOURCES = text("charge.resources", "",
            "resources sent besides Processors: Nodes, Memory, GPUs");
    public static final Setting<Boolean> CHARGE_QOS = flag("charge.qos", true, "send the QOS as QualityOfService");
    public static final Setting<Integer> DEFAULT_TIME_LIMIT = integer("default.time.limit", 86400,
            Integer.MIN_VALUE, Integer.MAX_VALUE, "seconds quoted and reserved for a job without a time limit");

    // Policies
    public static final Setting<String> SUBMIT_INSUFFICIENT = choice("submit.insufficient", "refuse",
            List.of("refuse", "warn"), "submission when the project cannot fund the job");
    public static final Setting<String> SUBMIT_UNREACHABLE = choice("submit.unreachable", "allow",
            List.of("allow", "refuse"), "submission when no Gold server answers");
    public static final Setting<String> PROLOG_INSUFFICIENT = choice("prolog.insufficient", "deny",
            List.of("deny", "allow"), "start when the reservation is refused");
    public static final Setting<String> PROLOG_UNREACHABLE = choice("prolog.unreachable", "allow",
            List.of("allow", "deny"), "start when no Gold server answers");
    public static final Setting<String> EPILOG_CANCELLED = choice("epilog.cancelled", "charge",
            List.of("charge", "refund"), "a cancelled job that ran");
    public static final Setting<String> EPILOG_REQUEUED = choice("epilog.requeued", "charge",
            List.of("charge", "refund"), "a run ended by a requeue");
    public static final Setting<String> EPILOG_NODE_FAIL = choice("epilog.node_fail", "refund",
            List.of("charge", "refund"), "a run ended by a node failure");

    // Gold
    public static final Setting<String> GOLD_ACTOR = text("gold.actor", "",
            "the Gold user the hooks act as (none: the OS user running them)");
    public static final Setting<Integer> GOLD_CONNECT_TIMEOUT = integer("gold.connect.timeout", 3,
            Integer.MIN_VALUE, Integer.MAX_VALUE, "connect deadline of a hook's request in seconds");
    public static final Setting<Integer> GOLD_REPLY_TIMEOUT = integer("gold.reply.timeout", 15,
            Integer.MIN_VALUE, Integer.MAX_VALUE, "reply deadline of a hook's request in seconds");
    public static final Setting<String> STATE_DIR = text("state.dir", "var/slurm",
            "state of sync and refused-start marks, relative to the install tree");
    public static final Setting<String> LOG_FILE = text("log.file", "log/gold-slurm.log",
            "the hooks' log, relative to the install tree");

    /** The settings that take one of a few words: checked at start-up, a bad one stops the hooks. */
    public static final List<Setting<String>> WORDS = List.of(SYNC_SOURCE, MACHINE_FROM, PROJECT_FROM,
            SUBMIT_INSUFFICIENT, SUBMIT_UNREACHABLE, PROLOG_INSUFFICIENT, PROLOG_UNREACHABLE, EPILOG_CANCELLED,
            EPILOG_REQUEUED, EPILOG_NODE_FAIL);

    /** etc/slurm/gold-slurm.conf. */
    public static final SettingTable TABLE = new SettingTable("gold-slurm.conf", List.of(SLURM_CONF, SLURM_BIN,
            CLUSTER, JOBCOMP_LOG, SYNC_SOURCE, SYNC_SACCT_OVERLAP, MACHINE_FROM, MACHINE, PROJECT_FROM,
            CHARGE_RESOURCES, CHARGE_QOS, DEFAULT_TIME_LIMIT, SUBMIT_INSUFFICIENT, SUBMIT_UNREACHABLE,
            PROLOG_INSUFFICIENT, PROLOG_UNREACHABLE, EPILOG_CANCELLED, EPILOG_REQUEUED, EPILOG_NODE_FAIL,
            GOLD_ACTOR, GOLD_CONNECT_TIMEOUT, GOLD_REPLY_TIMEOUT, STATE_DIR, LOG_FILE));
}
