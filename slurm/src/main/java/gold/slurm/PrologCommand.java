package gold.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * PrologSlurmctld: reserves the job's maximum cost (its time limit) before it starts. When the project
 * cannot pay (or Gold refuses the job) and prolog.insufficient = deny, Gold's message goes into the
 * job's comment and the hook exits 1, so Slurm does not start the job (a batch job is requeued and
 * tried again later, a job submitted with --no-requeue is cancelled). Gold unreachable: prolog.unreachable.
 */
@Command(name = "prolog", description = "Reserve a starting job's maximum cost (PrologSlurmctld).")
final class PrologCommand extends JobHookCommand {
    PrologCommand() {
        super("prolog");
    }

    @Override
    int jobUnreadable(Hook hook, IOException e) {
        hook.log().warn("job " + hook.jobId() + ": " + e.getMessage());
        return deny(hook.site().prologUnreachable(), hook, null, "cannot read the job from Slurm");
    }

    @Override
    int run(Hook hook, SlurmJob job) throws IOException {
        SiteConfig site = hook.site();
        HookLog log = hook.log();
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
                return deny(site.prologUnreachable(), hook, deniedMark(site, acc, job),
                        "Gold accounting unreachable");
            }
            default -> {
                log.warn(what + "refused (" + o.code() + " " + o.message() + "), policy " + site.prologInsufficient());
                return deny(site.prologInsufficient(), hook, deniedMark(site, acc, job),
                        "Gold: " + o.message());
            }
        }
    }

    /** The end hook of a run refused here finds this mark and only releases (nothing ran, nothing to charge). */
    static Path deniedMark(SiteConfig site, Accounting acc, SlurmJob job) {
        return site.stateDir().resolve("denied").resolve(acc.mapping().key(job, "run").replace(':', '_'));
    }

    private static int deny(String policy, Hook hook, Path mark, String reason) {
        if (!policy.equals("deny")) {
            return 0;
        }
        String jobId = hook.jobId();
        HookLog log = hook.log();
        try {
            if (mark != null) {
                Files.createDirectories(mark.getParent());
                Files.writeString(mark, reason + "\n");
            }
            hook.slurm().comment(jobId, reason);
        } catch (IOException e) {
            log.warn("job " + jobId + ": " + e.getMessage());
        }
        log.info("job " + jobId + " not started: " + reason);
        return GoldSlurm.REFUSE;
    }
}
