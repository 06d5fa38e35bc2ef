package gold.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of the benchmark (bench.sh passes its arguments through). Every load phase is
 * bounded: {@code --seconds} per cell (default 2) after {@code --warmup} (default 0.5).
 */
public record Options(Path tree, Path work, Path report, double seconds, double warmup, List<Integer> clients,
                      List<Suite> suites, int startupRuns, List<Long> scaleAccounts, long journalRows,
                      boolean sqlite, boolean durable, int workers) {

    public static final String USAGE = """
            usage: bench.sh [--seconds S] [--warmup S] [--clients 1,4,16] [--suites classic,classic+enc,gs2,gs2+enc]
                            [--startup-runs N] [--scale 1000,10000,100000] [--journal 1000000] [--no-sqlite]
                            [--durable] [--workers N] [--report FILE] [--quick]
              --seconds S     measured time of each load cell (default 2; use 10+ for steadier figures)
              --quick         smoke run: 1 s cells, clients 1,4, classic suite only, 3 start-up runs, scale 1000
              --durable       PostgreSQL with fsync=on and synchronous_commit=on (default: both off)
            """;

    public static Options parse(String[] args) {
        Path tree = Path.of("target/gold");
        Path work = Path.of(System.getProperty("java.io.tmpdir"));
        Path report = Path.of("bench/report.md");
        double seconds = 2;
        double warmup = 0.5;
        List<Integer> clients = List.of(1, 4, 16);
        List<Suite> suites = Suite.all();
        int runs = 7;
        List<Long> scale = List.of(1000L, 10000L, 100000L);
        long journal = 1_000_000;
        boolean sqlite = true;
        boolean durable = false;
        int workers = 2;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--tree" -> tree = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--clients" -> clients = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--suites" -> suites = Arrays.stream(args[++i].split(",")).map(Options::suite).toList();
                case "--startup-runs" -> runs = Integer.parseInt(args[++i]);
                case "--scale" -> scale = Arrays.stream(args[++i].split(",")).map(Long::valueOf).toList();
                case "--journal" -> journal = Long.parseLong(args[++i]);
                case "--no-sqlite" -> sqlite = false;
                case "--durable" -> durable = true;
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--quick" -> {
                    seconds = 1;
                    warmup = 0.3;
                    clients = List.of(1, 4);
                    suites = List.of(Suite.CLASSIC);
                    runs = 3;
                    scale = List.of(1000L);
                    journal = 20_000;
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (seconds <= 0 || warmup < 0 || clients.isEmpty() || runs < 1 || workers < 1) {
            throw new IllegalArgumentException("bad option values\n" + USAGE);
        }
        return new Options(tree, work, report, seconds, warmup, clients, suites, runs, scale, journal, sqlite, durable, workers);
    }

    private static Suite suite(String label) {
        return Suite.all().stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown suite " + label + "\n" + USAGE));
    }

    /** Journal row targets paired with the account steps: the last step reaches journalRows. */
    public List<Long> journalSteps() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < scaleAccounts.size(); i++) {
            out.add(journalRows / (long) Math.pow(10, scaleAccounts.size() - 1 - i));
        }
        return out;
    }
}
