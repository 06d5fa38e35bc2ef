package gold.slurm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import java.time.Duration;
import java.time.Instant;

/**
 * Reconciliation: reads the jobcomp/filetxt log from the stored watermark and settles every ended run
 * Gold has not charged yet (an end hook that reached no server, delayed accounting), with the hooks'
 * request keys. The watermark moves only past lines that were settled, so a run Gold could not take
 * now is tried again next time; a second run finds nothing new and changes nothing.
 */
@Command(name = "sync", description = "Charge ended jobs Gold has not charged yet, from Slurm's completion log.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--dry-run", description = "print what would be charged or released; change nothing")
    boolean dryRun;

    @Option(names = "--log", description = "jobcomp/filetxt log (default: jobcomp.log of gold-slurm.conf, else JobCompLoc)")
    Path logFile;

    @Option(names = "--from-start", description = "ignore the watermark and read the whole log")
    boolean fromStart;

    @Override
    public Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookLog log = new HookLog(site.logFile(), "sync");
        Slurm slurm = new Slurm(site);
        Path jobcomp = logFile != null ? logFile : slurm.jobcompLog();
        String cluster = slurm.clusterName();
        Path markFile = site.stateDir().resolve("sync.watermark");
        if (!Files.exists(jobcomp)) {
            log.info("no completion log " + jobcomp + " yet: nothing to settle");
            return 0;
        }
        if (!dryRun) {
            forgetOldDenials(site.stateDir().resolve("denied"));
        }
        String identity = Watermark.identityOf(jobcomp);
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
        int charged = 0;
        int released = 0;
        int already = 0;
        int skipped = 0;
        byte[] rest;
        long offset;
        try (RandomAccessFile in = new RandomAccessFile(jobcomp.toFile(), "r")) {
            long size = in.length();
            offset = fromStart ? 0 : Watermark.read(markFile).startIn(identity, size);
            rest = new byte[Math.toIntExact(size - offset)];
            in.seek(offset);
            in.readFully(rest);
        }
        int pos = 0;
        for (int nl = indexOf(rest, pos); nl >= 0; pos = nl + 1, nl = indexOf(rest, pos)) {
            long next = offset + nl + 1;
            String line = new String(rest, pos, nl - pos, StandardCharsets.UTF_8).strip();
            SlurmJob job = line.startsWith("JobId=") ? SlurmJob.fromJobcomp(cluster, line, ZoneId.systemDefault()) : null;
            if (job == null || job.jobId().isEmpty()) {
                skipped++;
            } else {
                boolean denied = Files.exists(PrologCommand.deniedMark(site, acc, job));
                Settlement how = denied ? Settlement.REFUND : Settlement.of(job, site);
                String id = acc.mapping().goldJobId(job);
                if (how == Settlement.CHARGE && acc.charged(job)) {
                    already++;
                } else if (dryRun) {
                    System.out.println((how == Settlement.CHARGE ? "would charge " : "would release ") + id + " "
                            + job.baseState() + " " + job.elapsed() + " s x " + job.cpus() + " CPUs user "
                            + job.user() + " project " + acc.mapping().project(job));
                } else {
                    Gold.Outcome o = acc.settle(job, how);
                    String what = (how == Settlement.CHARGE ? "charge " : "release ") + id + " key "
                            + acc.mapping().key(job, how == Settlement.CHARGE ? "charge" : "release") + ": ";
                    if (o.kind() == Gold.Kind.UNREACHABLE) {
                        log.warn(what + "no Gold server answered (" + o.code() + " " + o.message()
                                + "); stopping here, the next sync goes on from this job");
                        report(charged, released, already, skipped);
                        return GoldSlurm.UNREACHABLE;
                    }
                    if (o.ok()) {
                        log.info(what + o.message());
                        if (how == Settlement.CHARGE) {
                            charged++;
                        } else {
                            released++;
                        }
                    } else {
                        // Gold refused this run for good (unknown user or project): logged, not retried forever
                        log.warn(what + "refused (" + o.code() + " " + o.message() + ")");
                        skipped++;
                    }
                }
            }
            if (!dryRun) {
                new Watermark(identity, next).write(markFile);
            }
        }
        report(charged, released, already, skipped);
        return 0;
    }

    /** Marks of refused starts outlive their use when Slurm moved the job's start on requeue: a week is plenty. */
    private static void forgetOldDenials(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(Duration.ofDays(7));
        try (var marks = Files.list(dir)) {
            for (Path mark : marks.toList()) {
                if (Files.getLastModifiedTime(mark).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(mark);
                }
            }
        }
    }

    private static void report(int charged, int released, int already, int skipped) {
        System.out.println("charged " + charged + ", released " + released + ", already charged " + already
                + ", skipped " + skipped);
    }

    /** The next newline from {@code from}; a last line without one is still being written and waits. */
    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
