package gold.slurm;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What the slurmctld job hooks (prolog, epilog) share: the --job and --cluster options, the site, the
 * hook's log and the job as Slurm shows it. Each hook says what to do with the job, and what to do when
 * Slurm cannot show it.
 */
abstract class JobHookCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--job", description = "Slurm job id (default: $SLURM_JOB_ID)")
    String jobId;

    @Option(names = "--cluster", description = "cluster name (default: $SLURM_CLUSTER_NAME, else slurm.conf)")
    String cluster;

    /** A hook's run: its site, its log, Slurm, and the id of the job it was called for. */
    record Hook(SiteConfig site, HookLog log, Slurm slurm, String jobId) {
    }

    private final String name;

    JobHookCommand(String name) {
        this.name = name;
    }

    @Override
    public final Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookContext ctx = HookContext.of(cluster, jobId);
        Slurm slurm = new Slurm(site);
        Hook hook = new Hook(site, new HookLog(site.logFile(), name), slurm, ctx.jobId());
        SlurmJob job;
        try {
            job = slurm.showJob(ctx.clusterOr(slurm), ctx.jobId());
        } catch (IOException e) {
            return jobUnreadable(hook, e);
        }
        return run(hook, job);
    }

    /** The hook's work on its job; returns the exit status slurmctld sees. */
    abstract int run(Hook hook, SlurmJob job) throws IOException;

    /** Slurm could not show the job; returns the exit status slurmctld sees. */
    abstract int jobUnreadable(Hook hook, IOException e);
}
