package gold.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * PrologSlurmctld: reserves the job's maximum cost (its time limit) before it starts. When the project
 * cannot pay (or Gold refuses the job) and prolog.insufficient = deny, Gold's message goes into the
 * job's comment and the hook exits 1, so Slurm does not start the job (a batch job is requeued and
 * tried again later, a job submitted with --no-requeue is cancelled). Gold unreachable: prolog.unreachable.
 */
@Command(name = "prolog", description = "Reserve a starting job's maximum cost (PrologSlurmctld).")
final class PrologCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--job", description = "Slurm job id (default: $SLURM_JOB_ID)")
    String jobId;

    @Option(names = "--cluster", description = "cluster name (default: $SLURM_CLUSTER_NAME, else slurm.conf)")
    String cluster;

    @Override
    public Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookContext ctx = HookContext.of(cluster, jobId);
        HookLog log = new HookLog(site.logFile(), "prolog");
        Slurm slurm = new Slurm(site);
        SlurmJob job;
        try {
            job = slurm.showJob(ctx.clusterOr(slurm), ctx.jobId());
        } catch (IOException e) {
            log.warn("job " + ctx.jobId() + ": " + e.getMessage());
            return deny(site.prologUnreachable(), slurm, log, ctx.jobId(), null, "cannot read the job from Slurm");
        }
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
        String id = acc.mapping().goldJobId(job);
        Gold.Outcome o = acc.reserve(job);
        String what = "reserve " + id + " key " + acc.mapping().key(job, "reserve") + ": ";
        switch (o.kind()) {
            case OK -> {
                log.info(what + o.message());
                return 0;
            }
            case UNREACHABLE -> {
                log.warn(what + "no Gold server answered (" + o.code() + " " + o.message() + "), policy "
                        + site.prologUnreachable());
                return deny(site.prologUnreachable(), slurm, log, ctx.jobId(), deniedMark(site, acc, job),
                        "Gold accounting unreachable");
            }
            default -> {
                log.warn(what + "refused (" + o.code() + " " + o.message() + "), policy " + site.prologInsufficient());
                return deny(site.prologInsufficient(), slurm, log, ctx.jobId(), deniedMark(site, acc, job),
                        "Gold: " + o.message());
            }
        }
    }

    /** The end hook of a run refused here finds this mark and only releases (nothing ran, nothing to charge). */
    static Path deniedMark(SiteConfig site, Accounting acc, SlurmJob job) {
        return site.stateDir().resolve("denied").resolve(acc.mapping().key(job, "run").replace(':', '_'));
    }

    private static int deny(String policy, Slurm slurm, HookLog log, String jobId, Path mark, String reason) {
        if (!policy.equals("deny")) {
            return 0;
        }
        try {
            if (mark != null) {
                Files.createDirectories(mark.getParent());
                Files.writeString(mark, reason + "\n");
            }
            slurm.comment(jobId, reason);
        } catch (IOException e) {
            log.warn("job " + jobId + ": " + e.getMessage());
        }
        log.info("job " + jobId + " not started: " + reason);
        return GoldSlurm.REFUSE;
    }
}
