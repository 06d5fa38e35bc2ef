package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short CPU profile of goldd's worker JVMs with Java Flight Recorder (jcmd JFR.start/JFR.stop, then
 * jfr print of the execution samples): which methods were on CPU (self) and which of our own methods
 * the CPU time is under (the innermost gold.* frame of each sample), and the workers' CPU by thread
 * name from /proc (request threads against JIT compiler and GC threads). Runs as the OS user of goldd,
 * since the attach mechanism wants the same user.
 */
public final class Profiler {
    /** Sample counts by method: self (top frame) and innermost gold.* frame. */
    public record Profile(String label, int samples, Map<String, Integer> self, Map<String, Integer> gold,
                          Map<String, Double> threadCpu) {
    }

    private final GoldInstall gold;
    private final Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
    private final List<Long> workers = new ArrayList<>();
    private Map<String, Double> threadsBefore = Map.of();

    public Profiler(GoldInstall gold) {
        this.gold = gold;
    }

    /** Starts a recording in every worker JVM (the master's children). */
    public void start() throws IOException {
        workers.clear();
        List<Long> tree = Procs.tree(gold.masterPid());
        workers.addAll(tree.subList(1, tree.size()));
        for (long pid : workers) {
            jcmd(pid, "JFR.start", "name=bench", "settings=profile");
        }
        threadsBefore = Procs.threadCpu(workers);
    }

    /** Stops the recordings and sums their samples. */
    public Profile stop(String label) throws IOException {
        Map<String, Double> threads = new HashMap<>();
        Procs.threadCpu(workers).forEach((k, v) -> threads.put(k, v - threadsBefore.getOrDefault(k, 0.0)));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (long pid : workers) {
            Path file = gold.home().resolve("log/profile-" + pid + ".jfr");
            jcmd(pid, "JFR.stop", "name=bench", "filename=" + file);
            List<String> cmd = List.of(jdkBin.resolve("jfr").toString(), "print", "--events", "jdk.ExecutionSample",
                    "--stack-depth", "64", file.toString());
            String text = Shell.run(cmd, "", Map.of(), null, 120).orThrow(cmd).stdout();
            samples += count(text, self, ours);
            Files.deleteIfExists(file);
        }
        Map<String, Double> busiest = new LinkedHashMap<>();
        threads.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                .forEach(e -> busiest.put(e.getKey(), e.getValue()));
        return new Profile(label, samples, top(self), top(ours), busiest);
    }

    /** Adds each sample of jfr print's text output to the two tallies; returns the number of samples. */
    static int count(String jfrText, Map<String, Integer> self, Map<String, Integer> ours) {
        int samples = 0;
        List<String> frames = new ArrayList<>();
        boolean inStack = false;
        for (String raw : jfrText.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("stackTrace = [")) {
                inStack = true;
                frames.clear();
            } else if (inStack && line.startsWith("]")) {
                inStack = false;
                if (!frames.isEmpty()) {
                    samples++;
                    self.merge(frames.get(0), 1, Integer::sum);
                    frames.stream().filter(f -> f.startsWith("gold.")).findFirst()
                            .ifPresent(f -> ours.merge(f, 1, Integer::sum));
                }
            } else if (inStack && !line.equals("...")) {
                int paren = line.indexOf('(');
                frames.add(paren > 0 ? line.substring(0, paren) : line);
            }
        }
        return samples;
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private void jcmd(long pid, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(jdkBin.resolve("jcmd").toString(), Long.toString(pid)));
        cmd.addAll(List.of(args));
        Shell.run(cmd, Shell.ROOT ? GoldInstall.admin() : "", Map.of(), null, 60).orThrow(cmd);
    }
}
