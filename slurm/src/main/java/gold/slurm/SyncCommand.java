package gold.slurm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Reconciliation: reads the ended runs since the stored watermark, from the jobcomp/filetxt log or from
 * {@code sacct --json} (sync.source), and settles every run Gold has not charged yet (an end hook that
 * reached no server, delayed accounting), with the hooks' request keys. The watermark moves only past
 * runs that were settled, so a run Gold could not take now is tried again next time; a second run finds
 * nothing new and changes nothing.
 */
@Command(name = "sync", description = "Charge ended jobs Gold has not charged yet, from Slurm's completion log or sacct.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--dry-run", description = "print what would be charged or released; change nothing")
    boolean dryRun;

    @Option(names = "--log", description = "jobcomp/filetxt log (default: jobcomp.log of gold-slurm.conf, else JobCompLoc)")
    Path logFile;

    @Option(names = "--from-start", description = "ignore the watermark and read the whole log (sacct: the last 7 days)")
    boolean fromStart;

    private int charged;
    private int released;
    private int already;
    private int skipped;

    /** What became of one run. */
    private enum Step { DONE, STOP }

    @Override
    public Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookLog log = new HookLog(site.logFile(), "sync");
        Slurm slurm = new Slurm(site);
        String cluster = slurm.clusterName();
        if (!dryRun) {
            forgetOldDenials(site.stateDir().resolve("denied"));
        }
        if (!site.syncSource().equals("jobcomp") && logFile == null) {
            Path markFile = site.stateDir().resolve("sync.sacct.watermark");
            long now = Instant.now().getEpochSecond();
            long from = fromStart ? now - Duration.ofDays(7).toSeconds() : sacctFrom(markFile, now, site.sacctOverlap());
            Optional<String> json = sacct(site, slurm, log, from);
            if (json.isPresent()) {
                return fromSacct(site, log, SacctJobs.parse(json.get(), cluster), markFile, now - site.sacctOverlap());
            }
            if (site.syncSource().equals("sacct")) {
                return GoldSlurm.UNREACHABLE;
            }
        }
        return fromJobcomp(site, log, slurm, cluster);
    }

    /**
     * sacct's output since {@code from}; empty when sacct fails (no slurmdbd, or it does not answer), logged:
     * under {@code auto} sync goes on with the jobcomp log, under {@code sacct} it stops.
     */
    static Optional<String> sacct(SiteConfig site, Slurm slurm, HookLog log, long from) {
        try {
            return Optional.of(slurm.sacctJson(from));
        } catch (IOException e) {
            log.warn(e.getMessage() + (site.syncSource().equals("auto") ? "; reading the jobcomp log instead"
                    : "; nothing settled (sync.source = sacct)"));
            return Optional.empty();
        }
    }

    /** Where the sacct window starts: the stored time, else one overlap back from now (first run). */
    static long sacctFrom(Path markFile, long now, long overlap) throws IOException {
        if (!Files.exists(markFile)) {
            return now - overlap;
        }
        String v = Files.readString(markFile).strip();
        if (!v.matches("\\d+")) {
            throw new IOException("unreadable watermark in " + markFile + " (expected: epoch seconds)");
        }
        return Long.parseLong(v);
    }

    /**
     * Settles sacct's runs oldest end first. The next window starts one overlap before this query (slurmdbd
     * may receive a record late; re-read runs are found charged), or, when Gold stopped answering, at the
     * end of the run that could not be settled, so the next sync starts with it.
     */
    private int fromSacct(SiteConfig site, HookLog log, List<SlurmJob> jobs, Path markFile, long next) throws IOException {
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
        long previous = Files.exists(markFile) ? sacctFrom(markFile, next, 0) : 0;
        for (SlurmJob job : jobs) {
            if (settle(site, log, acc, job) == Step.STOP) {
                writeSacctMark(markFile, Math.max(previous, job.end() - 1));
                report();
                return GoldSlurm.UNREACHABLE;
            }
        }
        writeSacctMark(markFile, Math.max(previous, next));
        report();
        return 0;
    }

    private void writeSacctMark(Path markFile, long time) throws IOException {
        if (!dryRun) {
            Files.createDirectories(markFile.getParent());
            Path tmp = markFile.resolveSibling(markFile.getFileName() + ".tmp");
            Files.writeString(tmp, time + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, markFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private int fromJobcomp(SiteConfig site, HookLog log, Slurm slurm, String cluster) throws IOException {
        Path jobcomp = logFile != null ? logFile : slurm.jobcompLog();
        Path markFile = site.stateDir().resolve("sync.watermark");
        if (!Files.exists(jobcomp)) {
            log.info("no completion log " + jobcomp + " yet: nothing to settle");
            return 0;
        }
        String identity = Watermark.identityOf(jobcomp);
        Accounting acc = new Accounting(Gold.connect(site.home(), site), new JobMapping(site));
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
            } else if (settle(site, log, acc, job) == Step.STOP) {
                report();
                return GoldSlurm.UNREACHABLE;
            }
            if (!dryRun) {
                new Watermark(identity, next).write(markFile);
            }
        }
        report();
        return 0;
    }

    /** Charges or releases one ended run unless Gold holds its charge; STOP when no Gold server answered. */
    private Step settle(SiteConfig site, HookLog log, Accounting acc, SlurmJob job) {
        boolean denied = Files.exists(PrologCommand.deniedMark(site, acc, job));
        Settlement how = denied ? Settlement.REFUND : Settlement.of(job, site);
        String id = acc.mapping().goldJobId(job);
        if (how == Settlement.CHARGE && acc.charged(job)) {
            already++;
            return Step.DONE;
        }
        if (dryRun) {
            System.out.println((how == Settlement.CHARGE ? "would charge " : "would release ") + id + " "
                    + job.baseState() + " " + job.elapsed() + " s x " + job.cpus() + " CPUs user "
                    + job.user() + " project " + acc.mapping().project(job));
            return Step.DONE;
        }
        Gold.Outcome o = acc.settle(job, how);
        String what = (how == Settlement.CHARGE ? "charge " : "release ") + id + " key "
                + acc.mapping().key(job, how == Settlement.CHARGE ? "charge" : "release") + ": ";
        if (o.kind() == Gold.Kind.UNREACHABLE) {
            log.warn(what + "no Gold server answered (" + o.code() + " " + o.message()
                    + "); stopping here, the next sync goes on from this job");
            return Step.STOP;
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
        return Step.DONE;
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

    private void report() {
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
