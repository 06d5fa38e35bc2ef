package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Client start-up: wall time of whole g* invocations as a user runs them, repeated, with the launchers'
 * class-data-sharing archive (lib/client.jsa) and without it (GOLD_JAVA_OPTS=-Xshare:off, which comes
 * after the launcher's -Xshare:auto and so wins), and whether the archive was really used
 * (-Xlog:class+load lines saying "shared objects file").
 */
public final class Startup {
    /** One command line measured in one mode. */
    public record Timing(String command, boolean cache, Latencies wall, int failures, String firstFailure) {
    }

    /** How many of the classes a command loaded came from the archive. */
    public record CacheUse(String command, long shared, long total, String notShared) {
        /** The archive was used when most classes, including the client's own, came from it. */
        public boolean used() {
            return total > 0 && shared > total / 2;
        }
    }

    private final GoldInstall gold;
    private int jobs;

    public Startup(GoldInstall gold) {
        this.gold = gold;
    }

    /** The three command lines of the issue; gcharge charges a fresh job each time. */
    List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("gbalance", "--version"));
        out.add(List.of("gbalance", "-u", Fixture.USER));
        out.add(List.of("gcharge", "-J", "startup." + System.nanoTime() + "." + (jobs++), "-p", Fixture.PROJECT,
                "-u", Fixture.USER, "-m", Fixture.MACHINE, "-P", "16", "-t", "60"));
        return out;
    }

    public List<Timing> measure(int runs) throws IOException {
        List<Timing> out = new ArrayList<>();
        for (boolean cache : new boolean[] {true, false}) {
            for (int c = 0; c < 3; c++) {
                Latencies wall = new Latencies();
                int failures = 0;
                String first = "";
                String label = "";
                for (int i = 0; i < runs + 1; i++) {
                    List<String> cmd = commands().get(c);
                    label = c == 2 ? "gcharge -J <new job> -p chemistry -u amy -m colony -P 16 -t 60" : String.join(" ", cmd);
                    Shell.Result r = gold.run(cache ? List.of() : List.of("GOLD_JAVA_OPTS=-Xshare:off"), cmd.get(0),
                            cmd.subList(1, cmd.size()).toArray(String[]::new));
                    if (r.exit() != 0) {
                        failures++;
                        if (first.isEmpty()) {
                            first = "exit " + r.exit() + ": " + (r.stdout() + r.stderr()).strip();
                        }
                    } else if (i > 0) { // the first run warms the page cache and is not counted
                        wall.add(r.nanos());
                    }
                }
                out.add(new Timing(label, cache, wall, failures, first));
            }
        }
        return out;
    }

    /** Runs each command once with -Xlog:class+load and counts the classes from the archive. */
    public List<CacheUse> cacheUse() throws IOException {
        List<CacheUse> out = new ArrayList<>();
        for (List<String> cmd : commands().subList(0, 2)) {
            Path log = gold.home().resolve("log/classload-" + System.nanoTime() + ".log");
            gold.run(List.of("GOLD_JAVA_OPTS=-Xlog:class+load:file=" + log), cmd.get(0),
                    cmd.subList(1, cmd.size()).toArray(String[]::new));
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
            out.add(new CacheUse(String.join(" ", cmd), shared, lines.size(), notShared(lines)));
            Files.deleteIfExists(log);
        }
        return out;
    }

    /** Where the classes loaded outside the archive came from, most first: "jrt:/java.base 12, gold-client.jar 3". */
    static String notShared(List<String> lines) {
        java.util.Map<String, Long> bySource = new java.util.TreeMap<>();
        for (String l : lines) {
            int at = l.indexOf("source: ");
            if (at < 0 || l.contains("shared objects file")) {
                continue;
            }
            String source = l.substring(at + 8).strip();
            if (source.startsWith("__")) {
                source = "generated at run time";
            } else if (!source.startsWith("jrt:") && source.contains("/")) {
                source = source.substring(source.lastIndexOf('/') + 1); // the jar's name
            }
            bySource.merge(source, 1L, Long::sum);
        }
        return bySource.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** Wall time of the bare JVM (java -version, the launchers' flags) and of runuser: the floor under every g*. */
    public static Latencies floor(List<String> command, int runs) throws IOException {
        Latencies l = new Latencies();
        for (int i = 0; i < runs + 1; i++) {
            Shell.Result r = Shell.run(command, "", java.util.Map.of(), null, 60);
            if (i > 0) {
                l.add(r.nanos());
            }
        }
        return l;
    }
}
