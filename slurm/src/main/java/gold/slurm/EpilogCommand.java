package gold.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * EpilogSlurmctld: settles the run that ended, a charge for elapsed time × resources with its final
 * state (removing its reservation) or, per the refund policies, only a release. Always exits 0: a run
 * that could not be settled here (Gold or Slurm unreachable) is settled by {@code gold-slurm sync} from
 * the completion log, under the same request key, so it is charged once either way.
 */
@Command(name = "epilog", description = "Charge an ended job, releasing its reservation (EpilogSlurmctld).")
final class EpilogCommand implements Callable<Integer> {
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
        HookLog log = new HookLog(site.logFile(), "epilog");
        Slurm slurm = new Slurm(site);
        SlurmJob job;
        try {
            job = slurm.showJob(ctx.clusterOr(slurm), ctx.jobId());
        } catch (IOException e) {
            log.warn("job " + ctx.jobId() + ": " + e.getMessage() + "; left for gold-slurm sync");
            return 0;
        }
        if (job.baseState().equals("COMPLETING")) {
            job = finalState(slurm, job, log);
        }
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
        Path denied = PrologCommand.deniedMark(site, acc, job);
        Settlement how = Files.exists(denied) ? Settlement.REFUND : Settlement.of(job, site);
        Gold.Outcome o = acc.settle(job, how);
        String what = (how == Settlement.CHARGE ? "charge " : "release ") + acc.mapping().goldJobId(job) + " ("
                + job.baseState() + ", " + job.elapsed() + " s × " + job.cpus() + " CPUs) key "
                + acc.mapping().key(job, how == Settlement.CHARGE ? "charge" : "release") + ": ";
        switch (o.kind()) {
            case OK -> {
                log.info(what + o.message());
                Files.deleteIfExists(denied);
            }
            case UNREACHABLE -> log.warn(what + "no Gold server answered (" + o.code() + " " + o.message()
                    + "); left for gold-slurm sync");
            default -> log.warn(what + "refused (" + o.code() + " " + o.message() + ")");
        }
        return 0;
    }

    /**
     * slurmctld runs this hook while the job is still COMPLETING, so its final state (CANCELLED, FAILED,
     * TIMEOUT ...) comes from its completion record, written just before; slurmctld may write it a moment
     * later under load, hence a few short waits.
     */
    private static SlurmJob finalState(Slurm slurm, SlurmJob job, HookLog log) {
        for (int attempt = 0; attempt < 10; attempt++) {
            var record = slurm.completionRecord(job);
            if (record.isPresent()) {
                return job.withState(record.get().state());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        log.warn("job " + job.jobId() + ": no completion record in the jobcomp log; settled as COMPLETED");
        return job.withState("COMPLETED");
    }
}
