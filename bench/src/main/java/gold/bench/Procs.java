package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a server process tree (goldd's master and worker JVMs, or the
 * postmaster and its backends), read from /proc. Linux only, which is where the benchmark runs.
 */
public final class Procs {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on every Linux the benchmark targets

    private Procs() {
    }

    /** A sample of the tree: CPU seconds used so far (user + system) and the summed RSS in MiB. */
    public record Sample(double cpuSeconds, double rssMiB, int processes) {
    }

    public static Sample sample(long rootPid) {
        double cpu = 0;
        double rss = 0;
        List<Long> tree = tree(rootPid);
        for (long pid : tree) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                rss += Long.parseLong(f[21]) * 4096 / 1048576.0;
            } catch (IOException | RuntimeException gone) {
                // the process ended between listing and reading: it no longer uses anything
            }
        }
        return new Sample(cpu, rss, tree.size());
    }

    /**
     * CPU seconds (user + system) of this JVM's children that have ended and been waited for, with their
     * own waited-for descendants (cutime + cstime of /proc/self/stat): the difference across one run of a
     * child is that child's CPU time, at the kernel's 10 ms resolution.
     */
    public static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU seconds used so far by each thread of the given processes, summed by thread name with digits
     * dropped ("C2 CompilerThread0" and "...1" become one entry), to tell request work from JIT and GC.
     */
    public static Map<String, Double> threadCpu(List<Long> pids) {
        Map<String, Double> out = new HashMap<>();
        for (long pid : pids) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path t : tasks.toList()) {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND, Double::sum);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended between listing and reading
                    }
                }
            } catch (IOException gone) {
                // the process ended
            }
        }
        return out;
    }

    /** The pid and all its descendants. */
    static List<Long> tree(long rootPid) {
        List<long[]> parents = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path d : dirs.toList()) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    parents.add(new long[] {Long.parseLong(name), Long.parseLong(f[1])});
                } catch (IOException | RuntimeException gone) {
                    // exited while we listed
                }
            }
        } catch (IOException e) {
            return List.of(rootPid);
        }
        List<Long> out = new ArrayList<>(List.of(rootPid));
        for (int i = 0; i < out.size(); i++) {
            long p = out.get(i);
            for (long[] pp : parents) {
                if (pp[1] == p) {
                    out.add(pp[0]);
                }
            }
        }
        return out;
    }
}
