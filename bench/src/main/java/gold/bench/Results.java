package gold.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one benchmark run measured, filled in phase by phase and then written by {@link ReportWriter}. */
public final class Results {
    final Map<String, String> facts = new LinkedHashMap<>();
    final Map<String, Map<String, String>> rowCounts = new LinkedHashMap<>();
    final List<Cell> cells = new ArrayList<>();
    final List<Ceiling.Capture> captures = new ArrayList<>();
    final List<Ceiling.Replay> replays = new ArrayList<>();
    /** pgbench runs of the hand-written minimal Charge and Reserve scripts (bench/sql). */
    final List<Ceiling.Replay> minimal = new ArrayList<>();
    final List<ReplayCheck.Check> checks = new ArrayList<>();
    final List<Startup.Timing> startup = new ArrayList<>();
    /** Report sections of self-contained phases (Markdown), appended at the end. */
    final List<String> sections = new ArrayList<>();
    final List<Startup.CacheUse> cacheUse = new ArrayList<>();
    final Map<String, Latencies> floors = new LinkedHashMap<>();
    /** The GOLD_JAVA_OPTS that turned the launchers' start-up cache off. */
    String startupNoCache = "";
    final List<ScalePoint> scale = new ArrayList<>();
    final List<Profiler.Profile> profiles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    String command = "./bench.sh";
    String loadStart = "";
    String loadEnd = "";
    String started = "";
    double elapsedSeconds;

    /** Balance and Charge latency at one size of the bank. */
    record ScalePoint(long accounts, long journalRows, double seedSeconds, Cell balance, Cell charge, Cell quote,
                      Cell reserve) {
        /** The cells in table order: Quote, Reserve, Charge, Balance. */
        List<Cell> cells() {
            return List.of(quote, reserve, charge, balance);
        }
    }

    /** The cell of the given database, operation, suite and concurrency, if it ran. */
    Optional<Cell> cell(String db, Operation op, Suite suite, int clients) {
        return cells.stream().filter(c -> c.database().equals(db) && c.op() == op && c.suite().equals(suite)
                && c.clients() == clients).findFirst();
    }

    Optional<Ceiling.Replay> replay(Operation op, int clients) {
        return replays.stream().filter(r -> r.op() == op && r.clients() == clients).findFirst();
    }
}
