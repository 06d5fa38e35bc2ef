package gold.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * EpilogSlurmctld: settles the run that ended, a charge for elapsed time × resources with its final
 * state (removing its reservation) or, per the refund policies, only a release. Always exits 0: a run
 * that could not be settled here (Gold or Slurm unreachable) is settled by {@code gold-slurm sync} from
 * the completion log, under the same request key, so it is charged once either way.
 */
@Command(name = "epilog", description = "Charge an ended job, releasing its reservation (EpilogSlurmctld).")
final class EpilogCommand extends JobHookCommand {
    EpilogCommand() {
        super("epilog");
    }

    @Override
    int jobUnreadable(Hook hook, IOException e) {
        hook.log().warn("job " + hook.jobId() + ": " + e.getMessage() + "; left for gold-slurm sync");
        return 0;
    }

    @Override
    int run(Hook hook, SlurmJob job) throws IOException {
        SiteConfig site = hook.site();
        HookLog log = hook.log();
        if (job.baseState().equals("COMPLETING")) {
            job = finalState(hook.slurm(), job, log);
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
