package gold.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.io.File;
import java.io.RandomAccessFile;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Slurm's own programs, run by absolute path with SLURM_CONF set (slurmctld gives its hooks neither a
 * PATH nor its environment), and the few slurm.conf settings the integration reads.
 */
public final class Slurm {
    private final SiteConfig site;

    public Slurm(SiteConfig site) {
        this.site = site;
    }

    /** What a program printed and its exit status. */
    public record Result(int exit, String out, String err) {
    }

    public Result run(String program, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(site.slurmBin().resolve(program).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SLURM_CONF", site.slurmConf());
        pb.environment().putIfAbsent("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        try {
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program + " did not finish in 60 s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + program, e);
        }
    }

    /** The job as slurmctld knows it now (in the hooks: the run that is starting or ending). */
    public SlurmJob showJob(String cluster, String jobId) throws IOException {
        Result r = run("scontrol", "-o", "show", "job", jobId);
        String line = r.out().lines().filter(l -> l.startsWith("JobId=")).findFirst().orElse("");
        if (r.exit() != 0 || line.isEmpty()) {
            throw new IOException("scontrol show job " + jobId + " failed (exit " + r.exit() + "): " + r.err().strip());
        }
        return SlurmJob.fromScontrol(cluster, line, ZoneId.systemDefault());
    }

    /**
     * The allocations (no steps) that ended between {@code from} and now, every user, each run of a
     * requeued job, as {@code sacct --json} prints them; an IOException when sacct fails (no slurmdbd:
     * "Slurm accounting storage is disabled", or slurmdbd not answering).
     */
    public String sacctJson(long from) throws IOException {
        String since = LocalDateTime.ofEpochSecond(from, 0, ZoneId.systemDefault().getRules()
                .getOffset(Instant.ofEpochSecond(from))).toString();
        Result r = run("sacct", "--json", "-X", "-a", "-D", "-S", since.length() == 16 ? since + ":00" : since, "-E", "now",
                "-s", "CA,CD,DL,F,NF,OOM,PR,RQ,TO,BF");
        if (r.exit() != 0) {
            String why = (r.err().strip() + " " + r.out().strip()).strip();
            throw new IOException("sacct --json failed (exit " + r.exit() + "): " + why.replaceAll("\\s+", " "));
        }
        return r.out();
    }

    /** Puts Gold's word in the job's comment, where squeue/scontrol show it to the user. */
    public void comment(String jobId, String text) throws IOException {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        Result r = run("scontrol", "update", "JobId=" + jobId, "Comment=" + oneLine);
        if (r.exit() != 0) {
            throw new IOException("scontrol update comment failed: " + r.err().strip());
        }
    }

    /**
     * The run's completion record in the jobcomp/filetxt log (searched in its last 4 MiB, newest first),
     * for the final state: while EpilogSlurmctld runs, scontrol shows every ending job as COMPLETING.
     */
    public Optional<SlurmJob> completionRecord(SlurmJob run) {
        try {
            Path log = jobcompLog();
            if (!Files.exists(log)) {
                return Optional.empty();
            }
            byte[] tail;
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                long from = Math.max(0, f.length() - 4 * 1024 * 1024);
                tail = new byte[Math.toIntExact(f.length() - from)];
                f.seek(from);
                f.readFully(tail);
            }
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("JobId=" + run.jobId() + " ")) {
                    SlurmJob rec = SlurmJob.fromJobcomp(run.cluster(), lines.get(i), ZoneId.systemDefault());
                    if (rec.start() == run.start()) {
                        return Optional.of(rec);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no log configured or unreadable: the caller keeps what scontrol said
        }
        return Optional.empty();
    }

    /** slurm.conf's settings (keys in lower case); {@code Include} files are not followed. */
    public Map<String, String> conf() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(Path.of(site.slurmConf()))) {
            String line = raw.replaceAll("#.*", "").strip();
            int eq = line.indexOf('=');
            if (eq > 0 && !line.contains(" ")) {
                out.putIfAbsent(line.substring(0, eq).toLowerCase(Locale.ROOT), line.substring(eq + 1));
            } else if (eq > 0) {
                String first = line.split("\\s+")[0];
                int e = first.indexOf('=');
                if (e > 0) {
                    out.putIfAbsent(first.substring(0, e).toLowerCase(Locale.ROOT), first.substring(e + 1));
                }
            }
        }
        return out;
    }

    /** The cluster of records without one: gold-slurm.conf's cluster, else slurm.conf's ClusterName. */
    public String clusterName() throws IOException {
        if (!site.cluster().isEmpty()) {
            return site.cluster();
        }
        String name = conf().getOrDefault("clustername", "");
        if (name.isEmpty()) {
            throw new IOException("no cluster name: set cluster in gold-slurm.conf or ClusterName in " + site.slurmConf());
        }
        return name;
    }

    /** The jobcomp/filetxt log: gold-slurm.conf's jobcomp.log, else slurm.conf's JobCompLoc. */
    public Path jobcompLog() throws IOException {
        if (!site.jobcompLog().isEmpty()) {
            return Path.of(site.jobcompLog());
        }
        String loc = conf().getOrDefault("jobcomploc", "");
        if (loc.isEmpty()) {
            throw new IOException("no job completion log: set jobcomp.log in gold-slurm.conf or JobCompLoc in "
                    + site.slurmConf());
        }
        return Path.of(loc);
    }
}
