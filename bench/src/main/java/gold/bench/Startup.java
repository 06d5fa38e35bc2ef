package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;

/**
 * Client start-up: wall and CPU time of whole g* invocations as a user runs them, repeated, with the
 * launchers' start-up cache (lib/client.aot, the JDK 24+ ahead-of-time cache, or lib/client.jsa, the
 * class-data-sharing archive of JDK 21-23) and without it (GOLD_JAVA_OPTS=-XX:AOTMode=off or -Xshare:off,
 * which come after the launcher's options and so win), and beside them a JVM hello-world run the same way
 * (the yardstick of the targets). The modes run interleaved, in alternating order, so a drift of the
 * machine or of the server (another phase's after-effects) touches all alike. Whether the cache was
 * really used, or really not, is checked per command and mode with -Xlog:class+load (lines saying
 * "shared objects file").
 */
public final class Startup {
    /** Label of the JVM hello-world row. */
    static final String HELLO = "JVM hello-world (java -cp DIR Hello)";

    /** One command line measured in one mode: wall and CPU time (user + system of the whole invocation). */
    public record Timing(String command, boolean cache, Latencies wall, Latencies cpu, int failures, String firstFailure) {
    }

    /** How many of the classes a command loaded in one mode came from an archive. */
    public record CacheUse(String command, boolean cache, long shared, long total, String notShared) {
        /** The archive was used when most classes, including the client's own, came from it. */
        public boolean used() {
            return total > 0 && shared > total / 2;
        }

        /** Used with the cache, not used at all without it; nothing logged proves nothing. */
        public boolean asIntended() {
            return total > 0 && (cache ? used() : shared == 0);
        }
    }

    private final GoldInstall gold;
    private int jobs;
    private List<String> hello;

    public Startup(GoldInstall gold) {
        this.gold = gold;
    }

    /** The option that turns the launchers' cache off: the AOT cache refuses -Xshare options beside it. */
    public String noCache() {
        return Files.exists(gold.home().resolve("lib/client.aot")) ? "-XX:AOTMode=off" : "-Xshare:off";
    }

    /** java -cp DIR Hello with the JDK of the launchers, compiled once into the tree's data directory. */
    private List<String> hello() throws IOException {
        if (hello == null) {
            Path dir = gold.home().resolve("data/hello");
            Files.createDirectories(dir);
            Path source = dir.resolve("Hello.java");
            Files.writeString(source, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n");
            int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString());
            if (rc != 0) {
                throw new IOException("cannot compile " + source);
            }
            dir.toFile().setReadable(true, false);
            dir.resolve("Hello.class").toFile().setReadable(true, false);
            hello = List.of(System.getProperty("java.home") + "/bin/java", "-cp", dir.toString(), "Hello");
        }
        return hello;
    }

    private Shell.Result runHello() throws IOException {
        return Shell.run(hello(), Shell.ROOT ? "gold" : "", Map.of(), gold.home(), 60);
    }

    /** The three command lines of the issue; gcharge charges a fresh job each time. */
    List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("gbalance", "--version"));
        out.add(List.of("gbalance", "-u", Fixture.USER, "-p", Fixture.PROJECT, "-m", Fixture.MACHINE, "--total"));
        out.add(List.of("gcharge", "-J", "startup." + System.nanoTime() + "." + (jobs++), "-p", Fixture.PROJECT,
                "-u", Fixture.USER, "-m", Fixture.MACHINE, "-P", "16", "-t", "60"));
        return out;
    }

    static String label(List<String> cmd) {
        return cmd.get(0).equals("gcharge") ? "gcharge -J <new job> -p chemistry -u amy -m colony -P 16 -t 60" : String.join(" ", cmd);
    }

    private Shell.Result run(List<String> cmd, String javaOpts) throws IOException {
        return gold.run(javaOpts.isEmpty() ? List.of() : List.of("GOLD_JAVA_OPTS=" + javaOpts), cmd.get(0),
                cmd.subList(1, cmd.size()).toArray(String[]::new));
    }

    public List<Timing> measure(int runs) throws IOException {
        int n = commands().size();
        Latencies[][] wall = new Latencies[2][n];
        Latencies[][] cpu = new Latencies[2][n];
        int[][] failures = new int[2][n];
        String[][] first = new String[2][n];
        for (int m = 0; m < 2; m++) {
            for (int c = 0; c < n; c++) {
                wall[m][c] = new Latencies();
                cpu[m][c] = new Latencies();
                first[m][c] = "";
            }
        }
        Latencies helloWall = new Latencies();
        Latencies helloCpu = new Latencies();
        int helloFailures = 0;
        for (int i = 0; i < runs + 1; i++) {
            Shell.Result h = runHello(); // the yardstick, in the same rounds as the commands
            if (h.exit() != 0) {
                helloFailures++;
            } else if (i > 0) {
                helloWall.add(h.nanos());
                helloCpu.add((long) (h.cpuSeconds() * 1e9));
            }
            for (int c = 0; c < n; c++) {
                for (int k = 0; k < 2; k++) {
                    int m = (i + k) % 2; // 0 = cache; the mode that goes first alternates
                    Shell.Result r = run(commands().get(c), m == 0 ? "" : noCache());
                    if (r.exit() != 0) {
                        failures[m][c]++;
                        if (first[m][c].isEmpty()) {
                            first[m][c] = "exit " + r.exit() + ": " + (r.stdout() + r.stderr()).strip();
                        }
                    } else if (i > 0) { // the first round warms the page cache and is not counted
                        wall[m][c].add(r.nanos());
                        cpu[m][c].add((long) (r.cpuSeconds() * 1e9));
                    }
                }
            }
        }
        List<Timing> out = new ArrayList<>();
        out.add(new Timing(HELLO, true, helloWall, helloCpu, helloFailures, ""));
        for (int m = 0; m < 2; m++) {
            for (int c = 0; c < n; c++) {
                out.add(new Timing(label(commands().get(c)), m == 0, wall[m][c], cpu[m][c], failures[m][c], first[m][c]));
            }
        }
        return out;
    }

    /** Runs each command once per mode with -Xlog:class+load and counts the classes from an archive. */
    public List<CacheUse> cacheUse() throws IOException {
        List<CacheUse> out = new ArrayList<>();
        for (boolean cache : new boolean[] {true, false}) {
            for (List<String> cmd : commands()) {
                Path log = gold.home().resolve("log/classload-" + System.nanoTime() + ".log");
                run(cmd, (cache ? "" : noCache() + " ") + "-Xlog:class+load:file=" + log);
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
                out.add(new CacheUse(label(cmd), cache, shared, lines.size(), notShared(lines)));
                Files.deleteIfExists(log);
            }
        }
        return out;
    }

    /** Where the classes loaded outside the archive came from, most first: "jrt:/java.base 12, gold-client.jar 3". */
    static String notShared(List<String> lines) {
        Map<String, Long> bySource = new TreeMap<>();
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
        return bySource.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** Wall time of the bare JVM (java -version, the launchers' flags) and of runuser: the floor under every g*. */
    public static Latencies floor(List<String> command, int runs) throws IOException {
        Latencies l = new Latencies();
        for (int i = 0; i < runs + 1; i++) {
            Shell.Result r = Shell.run(command, "", Map.of(), null, 60);
            if (i > 0) {
                l.add(r.nanos());
            }
        }
        return l;
    }
}
