package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Slurm integration's own cost: wall time of one {@code gold-slurm quote} (job_submit.lua's call),
 * {@code prolog} and {@code epilog} per job against the benchmark's goldd, and how many ended jobs per
 * second {@code gold-slurm sync} charges from a completion log. Slurm itself is replaced by a stand-in
 * {@code scontrol} printing the job line a real one would (so the figures are the hooks', without
 * slurmctld's), and a generated jobcomp/filetxt log.
 */
public final class SlurmHooks {
    private static final String CLUSTER = "bench";

    private SlurmHooks() {
    }

    /** Measures and returns the report section (Markdown); problems become a line of the section. */
    static String section(GoldInstall gold, Path work, int runs, int syncJobs) {
        StringBuilder md = new StringBuilder("\n## Slurm hooks (gold-slurm)\n\n");
        try {
            Path dir = prepare(gold, work);
            Latencies quote = new Latencies();
            Latencies prolog = new Latencies();
            Latencies epilog = new Latencies();
            int failures = 0;
            String first = "";
            for (int i = 0; i < runs; i++) {
                String job = Integer.toString(1_000_000 + i);
                List<String> env = List.of("SLURM_JOB_ID=" + job, "SLURM_CLUSTER_NAME=" + CLUSTER);
                Shell.Result q = gold.run(List.of(), "gold-slurm", "quote", "--user", Fixture.USER, "--account",
                        Fixture.PROJECT, "--cpus", "16", "--time-limit", "10");
                Shell.Result p = gold.run(env, "gold-slurm", "prolog");
                Shell.Result e = gold.run(env, "gold-slurm", "epilog");
                quote.add(q.nanos());
                prolog.add(p.nanos());
                epilog.add(e.nanos());
                for (Shell.Result r : List.of(q, p, e)) {
                    if (r.exit() != 0) {
                        failures++;
                        first = first.isEmpty() ? r.stderr().strip() : first;
                    }
                }
            }
            md.append("Wall time of one hook invocation (a JVM start with the launcher's archive, scontrol stand-in, one ")
                    .append("Gold request), ").append(runs).append(" jobs:\n\n")
                    .append("| hook | p50 ms | p99 ms | max ms |\n|---|---|---|---|\n");
            row(md, "submit: gold-slurm quote (job_submit.lua)", quote);
            row(md, "start: gold-slurm prolog (PrologSlurmctld)", prolog);
            row(md, "end: gold-slurm epilog (EpilogSlurmctld)", epilog);
            if (failures > 0) {
                md.append("\nFailures: ").append(failures).append(" (first: ").append(first).append(")\n");
            }
            Path log = dir.resolve("jobcomp.log");
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < syncJobs; i++) {
                lines.append("JobId=").append(2_000_000 + i).append(" UserId=").append(Fixture.USER)
                        .append("(1000) GroupId=users(100) Name=bench JobState=COMPLETED Partition=batch TimeLimit=10 ")
                        .append("StartTime=2026-01-01T00:00:00 EndTime=2026-01-01T00:01:00 NodeList=n1 NodeCnt=1 ProcCnt=4 ")
                        .append("WorkDir=/tmp ReservationName= Tres=cpu=4,node=1,billing=4 Account=").append(Fixture.PROJECT)
                        .append(" QOS= WcKey= Cluster=unknown ExitCode=0:0\n");
            }
            Files.writeString(log, lines.toString());
            Shell.Result sync = gold.run(List.of(), "gold-slurm", "sync");
            double seconds = sync.nanos() / 1e9;
            md.append("\n`gold-slurm sync` over a completion log of ").append(syncJobs).append(" ended jobs none of which ")
                    .append("was charged: ").append(String.format("%.1f s, %.0f jobs/s", seconds, syncJobs / seconds))
                    .append(" (a Job Query and a keyed Job Charge per job, the watermark written after each); output: `")
                    .append(sync.stdout().strip()).append("`").append(sync.exit() == 0 ? "" : ", exit " + sync.exit()
                            + ": " + sync.stderr().strip()).append('\n');
            Shell.Result again = gold.run(List.of(), "gold-slurm", "sync", "--from-start");
            md.append("\nThe same log again from its start (every job already charged): ")
                    .append(String.format("%.1f s, %.0f jobs/s", again.nanos() / 1e9, syncJobs / (again.nanos() / 1e9)))
                    .append("; output: `").append(again.stdout().strip()).append("`\n");
            System.out.printf("bench: slurm hooks p50 quote %.0f ms prolog %.0f ms epilog %.0f ms; sync %.0f jobs/s%n",
                    quote.medianMillis(), prolog.medianMillis(), epilog.medianMillis(), syncJobs / seconds);
        } catch (IOException | RuntimeException e) {
            md.append("Not measured: ").append(e).append('\n');
            System.err.println("bench: slurm hooks failed: " + e);
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String label, Latencies l) {
        md.append(String.format("| %s | %.0f | %.0f | %.0f |%n", label, l.medianMillis(), l.percentileMillis(99), l.maxMillis()));
    }

    /** A stand-in scontrol, a slurm.conf naming the cluster and the log, and gold-slurm.conf pointing at both. */
    private static Path prepare(GoldInstall gold, Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("slurm-bench"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path scontrol = bin.resolve("scontrol");
        Files.writeString(scontrol, String.join("\n", "#!/bin/sh",
                "# scontrol -o show job ID: the line a running job of 16 CPUs and a 10-minute limit shows",
                "now=$(date +%s); start=$(date -d @$((now - 60)) +%Y-%m-%dT%H:%M:%S); end=$(date -d @$now +%Y-%m-%dT%H:%M:%S)",
                "echo \"JobId=$4 JobName=bench UserId=" + Fixture.USER + "(1000) GroupId=users(100) Account=" + Fixture.PROJECT
                        + " QOS=normal JobState=COMPLETED Reason=None Restarts=0 ExitCode=0:0 TimeLimit=00:10:00"
                        + " StartTime=$start EndTime=$end Partition=batch NumNodes=1 NumCPUs=16 TRES=cpu=16,node=1,billing=16\"",
                ""));
        Files.setPosixFilePermissions(scontrol, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("slurm.conf"), "ClusterName=" + CLUSTER + "\nJobCompLoc=" + dir.resolve("jobcomp.log") + "\n");
        Files.writeString(gold.home().resolve("etc/slurm/gold-slurm.conf"), String.join("\n",
                "slurm.conf = " + dir.resolve("slurm.conf"), "slurm.bin = " + bin, "machine.from = fixed",
                "machine = " + Fixture.MACHINE, "charge.qos = false", ""));
        List<String> open = new ArrayList<>(List.of("chmod", "-R", "a+rwX", dir.toString()));
        Shell.run(open, "", Map.of(), dir, 30);
        return dir;
    }
}
