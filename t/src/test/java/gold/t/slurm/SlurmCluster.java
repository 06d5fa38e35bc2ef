package gold.t.slurm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import java.io.File;
import java.security.SecureRandom;

/**
 * A real single-node Slurm for one test, from the Debian packages: its own munged (own key and socket in
 * a temp directory, so tests never share /run/munge), slurmctld and slurmd as root on free loopback
 * ports with a generated slurm.conf (one node "localhost" with 2 CPUs, proctrack/linuxproc, no
 * cgroups, jobcomp/filetxt), wired to a Gold install tree's hooks. {@link #close()} shuts Slurm down
 * and kills every process it started or that runs from its directory, also after a failure.
 */
public final class SlurmCluster implements AutoCloseable {
    public static final String CLUSTER = "goldtest";
    private static final String BIN = "/usr/sbin";
    private final Path dir;
    private final List<Process> daemons = new ArrayList<>();

    private SlurmCluster(Path dir) {
        this.dir = dir;
    }

    /** Fails (CI) or skips (elsewhere) when Slurm, munge or root are missing. */
    public static void requireSlurm() {
        boolean ready = "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of(BIN, "slurmctld"))
                && Files.isExecutable(Path.of(BIN, "slurmd")) && Files.isExecutable(Path.of(BIN, "munged"))
                && Files.isExecutable(Path.of("/usr/bin/sbatch"));
        String why = "needs root and the packages slurmctld slurmd slurm-client munge slurm-wlm-basic-plugins";
        if ("true".equals(System.getenv("CI"))) {
            if (!ready) {
                throw new AssertionError(why);
            }
        } else {
            Assumptions.assumeTrue(ready, why);
        }
    }

    /** Starts munged, slurmctld and slurmd with the hooks of the Gold tree {@code gold}; waits for an idle node. */
    public static SlurmCluster start(Path gold) throws IOException, InterruptedException {
        requireSlurm();
        Path dir = Files.createTempDirectory("gold-t-slurm-");
        SlurmCluster c = new SlurmCluster(dir);
        try {
            Files.createDirectories(dir.resolve("jobs"));
            c.startMunge();
            c.writeConf(gold);
            c.daemons.add(c.spawn("ctld", BIN + "/slurmctld", "-D", "-f", c.conf().toString()));
            c.daemons.add(c.spawn("d", BIN + "/slurmd", "-D", "-f", c.conf().toString(), "-N", "localhost"));
            c.awaitIdle(Duration.ofSeconds(60));
            return c;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            c.close();
            throw e;
        }
    }

    public Path dir() { return dir; }
    public Path conf() { return dir.resolve("slurm.conf"); }
    public Path jobcompLog() { return dir.resolve("jobcomp.log"); }

    private void startMunge() throws IOException, InterruptedException {
        Path m = dir.resolve("munge");
        Path priv = m.resolve("private");
        Files.createDirectories(priv);
        byte[] key = new byte[128];
        new SecureRandom().nextBytes(key);
        Files.write(priv.resolve("munge.key"), key);
        exec("chmod", "755", dir.toString(), m.toString());
        exec("chmod", "700", priv.toString());
        exec("chmod", "600", priv.resolve("munge.key").toString());
        exec("chown", "-R", "munge:", m.toString());
        daemons.add(spawn("munged", "/usr/sbin/runuser", "-u", "munge", "--", "/usr/sbin/munged", "--foreground",
                "--socket=" + socket(), "--key-file=" + priv.resolve("munge.key"), "--pid-file=" + priv.resolve("pid"),
                "--log-file=" + priv.resolve("log"), "--seed-file=" + priv.resolve("seed")));
        for (int i = 0; i < 100 && !Files.exists(socket()); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(socket())) {
            throw new IOException("munged did not create its socket: " + read(dir.resolve("munged.out")));
        }
    }

    private Path socket() {
        return dir.resolve("munge/munge.socket");
    }

    private void writeConf(Path gold) throws IOException, InterruptedException {
        String conf = String.join("\n",
                "ClusterName=" + CLUSTER,
                "SlurmctldHost=localhost",
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "CredType=cred/munge",
                "AuthInfo=socket=" + socket(),
                "MpiDefault=none",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU",
                "SchedulerType=sched/backfill",
                "SchedulerParameters=sched_interval=2,bf_interval=1",
                "CommunicationParameters=NoCtldInAddrAny,NoInAddrAny",
                "ReturnToService=2",
                "MailProg=/bin/true",
                "MinJobAge=600",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "JobCompType=jobcomp/filetxt",
                "JobCompLoc=" + jobcompLog(),
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "JobSubmitPlugins=lua",
                "PrologSlurmctld=" + gold.resolve("libexec/slurm/prolog-slurmctld"),
                "EpilogSlurmctld=" + gold.resolve("libexec/slurm/epilog-slurmctld"),
                "NodeName=localhost CPUs=2 RealMemory=1000 State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP", "");
        Files.writeString(conf(), conf);
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        Files.createDirectories(dir.resolve("jobs"));
        exec("chmod", "1777", dir.resolve("jobs").toString());
        // slurmctld loads job_submit.lua from the directory of slurm.conf; a link, as a site would make
        Files.createSymbolicLink(dir.resolve("job_submit.lua"), gold.resolve("libexec/slurm/job_submit.lua"));
    }

    private void awaitIdle(Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String state = "";
        while (System.nanoTime() < end) {
            for (Process p : daemons) {
                if (!p.isAlive()) {
                    throw new IOException("a Slurm daemon exited: " + p.info().commandLine().orElse("?") + "\n" + logs());
                }
            }
            state = slurm("sinfo", "-h", "-o", "%T").out().strip();
            if (state.equals("idle")) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IOException("node not idle after " + limit + " (state '" + state + "')\n" + logs());
    }

    /** What a program printed and its exit status. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs a Slurm client program (sbatch, scontrol, ...) against this cluster, in its job directory. */
    public Result slurm(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("/usr/bin/" + program);
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("SLURM_CONF", conf().toString()));
    }

    /** sbatch of a shell command; the job id, or the failed result as an exception text. */
    public Result sbatch(String... args) throws IOException, InterruptedException {
        return slurm("sbatch", args);
    }

    public static String jobId(Result submitted) {
        Matcher m = Pattern.compile("Submitted batch job (\\d+)").matcher(submitted.out());
        if (!m.find()) {
            throw new AssertionError("not submitted: " + submitted);
        }
        return m.group(1);
    }

    /** The job's fields from {@code scontrol -o show job}. */
    public String show(String jobId) throws IOException, InterruptedException {
        return slurm("scontrol", "-o", "show", "job", jobId).out();
    }

    public static String field(String show, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=(\\S*)").matcher(show);
        return m.find() ? m.group(1) : "";
    }

    /** Waits until the job's state is one of {@code states}; returns its show line. */
    public String awaitState(String jobId, Duration limit, String... states) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String show = "";
        while (System.nanoTime() < end) {
            show = show(jobId);
            String state = field(show, "JobState");
            for (String s : states) {
                if (state.equals(s)) {
                    return show;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + jobId + " not in " + List.of(states) + " after " + limit + ": " + show + "\n" + logs());
    }

    /** Waits until the job's completion record is in the jobcomp log (the end hook has been started by then). */
    public String awaitCompletionRecord(String jobId, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(jobcompLog())) {
                for (String line : Files.readAllLines(jobcompLog())) {
                    if (line.startsWith("JobId=" + jobId + " ")) {
                        return line;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no completion record of job " + jobId + "\n" + logs());
    }

    /** slurmctld's and slurmd's logs, for failure messages. */
    public String logs() {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("slurmctld.log", "slurmd.log", "ctld.out", "d.out", "munged.out")) {
            sb.append("== ").append(f).append('\n');
            String text = read(dir.resolve(f));
            sb.append(text.length() > 6000 ? text.substring(text.length() - 6000) : text);
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            if (Files.exists(conf())) {
                // jobs first: slurmstepd outlives slurmd and keeps a running job alive
                for (String job : slurm("squeue", "-h", "-o", "%i").out().split("\\s+")) {
                    if (!job.isBlank()) {
                        slurm("scancel", job);
                    }
                }
                slurm("scontrol", "shutdown");
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("scontrol shutdown: " + e);
        }
        try {
            for (Process p : daemons) {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // slurmstepd and job processes are not our children: whatever still runs from this directory
        String mark = dir.toString();
        ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().map(cl -> cl.contains(mark)).orElse(false) || runsIn(h, dir))
                .forEach(ProcessHandle::destroyForcibly);
        for (Process p : daemons) {
            p.destroyForcibly();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }

    /** Whether a process works in the directory (slurmstepd and its job processes do: they run in jobs/). */
    private static boolean runsIn(ProcessHandle h, Path dir) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(h.pid()), "cwd")).startsWith(dir);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private Process spawn(String name, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("SLURM_CONF", conf().toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    private Result run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.resolve("jobs").toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile("gold-t-slurm-out", ".txt");
        Path err = Files.createTempFile("gold-t-slurm-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private void exec(String... cmd) throws IOException, InterruptedException {
        Result r = run(List.of(cmd), Map.of());
        if (r.exit() != 0) {
            throw new IOException(String.join(" ", cmd) + ": " + r);
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
