package gold.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gold.bench.Markdown.num;

/**
 * The targets compared with the run's figures (never asserted), each with the measured value,
 * met or missed and by how much, followed by where the time goes for the requests that missed.
 */
final class TargetsWriter {
    private final Options o;
    private final Results r;
    private final Markdown md;
    private final List<List<String>> rows = new ArrayList<>();

    TargetsWriter(Options o, Results r, Markdown md) {
        this.o = o;
        this.r = r;
        this.md = md;
    }

    void write() {
        md.heading(2, "Targets");
        int top = o.clients().stream().max(Integer::compare).orElse(1);
        for (Operation op : List.of(Operation.CHARGE, Operation.BALANCE)) {
            Optional<Cell> cell = r.cell("postgresql", op, Suite.CLASSIC, top);
            Optional<Ceiling.Replay> rep = r.replay(op, top);
            if (cell.isPresent() && rep.isPresent()) {
                double ratio = rep.get().tps() / Math.max(cell.get().pairsPerSecond(), 1e-9);
                String unit = r.captures.stream().filter(c -> c.op() == op).map(Ceiling.Capture::unit).findFirst().orElse(op.label());
                add(op.label() + " within 2x of its raw-SQL replay at " + top + " clients" + (unit.equals(op.label()) ? ""
                        : " (" + unit + " pairs on both sides)"), num(ratio, 2) + "x slower than pgbench",
                        ratio <= 2, ratio <= 2 ? "" : "missed by " + num(ratio / 2, 1) + "x");
            }
            cell.ifPresent(c -> {
                double p99 = c.latencies().percentileMillis(99);
                add(op.label() + " p99 < 50 ms at " + top + " clients", num(p99, 1) + " ms", p99 < 50,
                        p99 < 50 ? "" : "missed by " + num(p99 - 50, 1) + " ms");
            });
            // the Perl figures are at 16 clients, so the comparison is at the top concurrency; the best rate is shown too
            double perl = op == Operation.CHARGE ? ReportWriter.PERL_CHARGES : ReportWriter.PERL_BALANCES;
            Optional<Cell> best = r.cells.stream().filter(c -> c.database().equals("postgresql") && c.op() == op
                    && c.suite().equals(Suite.CLASSIC)).max(Comparator.comparingDouble(Cell::perSecond));
            cell.ifPresent(c -> {
                double x = c.perSecond() / perl;
                String also = best.filter(b -> b.clients() != top).map(b -> " (best: " + num(b.perSecond(), 1) + "/s at "
                        + b.clients() + " clients = " + num(b.perSecond() / perl, 1) + "x)").orElse("");
                add(op.label() + " >= 50x the classic Perl server (" + num(perl, 1) + "/s) at " + top + " clients",
                        num(c.perSecond(), 1) + "/s at " + top + " clients = " + num(x, 1) + "x" + also, x >= 50,
                        x >= 50 ? "" : "reaches " + num(100 * x / 50, 0) + "% of the target");
            });
        }
        bankWritePathTargets(top);
        startupTarget("gcharge", ReportWriter.PERL_GCHARGE_MS);
        startupTarget("gbalance --version", ReportWriter.PERL_VERSION_MS);
        helloTarget("gbalance --version", 1.6);
        helloTarget("gbalance -u", 3.5);
        helloTarget("gcharge", 3.5);
        if (!r.scale.isEmpty()) {
            Results.ScalePoint last = r.scale.get(r.scale.size() - 1);
            double p50 = last.balance().latencies().medianMillis();
            add("Balance < 20 ms at " + last.accounts() + " accounts and " + last.journalRows() + " journal rows"
                            + (last.accounts() < 100_000 || last.journalRows() < 1_000_000 ? " (smaller than the target's 100k / 1M)" : ""),
                    num(p50, 1) + " ms (p50)", p50 < 20, p50 < 20 ? "" : "missed by " + num(p50 / 20, 1) + "x");
            Results.ScalePoint first = r.scale.get(0);
            String[] names = {"Quote", "Reserve", "Charge", "Balance"};
            for (int i = 0; i < names.length && r.scale.size() > 1; i++) {
                double small = first.cells().get(i).latencies().medianMillis();
                double big = last.cells().get(i).latencies().medianMillis();
                double x = big / Math.max(small, 1e-9);
                add(names[i] + " p50 at " + last.accounts() + " accounts within 1.5x of " + first.accounts() + " accounts",
                        num(big, 1) + " ms vs " + num(small, 1) + " ms (" + num(x, 2) + "x)", x <= 1.5,
                        x <= 1.5 ? "" : "missed by " + num(x / 1.5, 2) + "x");
            }
        }
        md.table(List.of("target", "measured", "met", "by how much"), rows);
        whereTheTimeGoes();
    }

    private void startupTarget(String prefix, double perlMs) {
        r.startup.stream().filter(t -> t.cache() && t.command().startsWith(prefix)).findFirst().ifPresent(t -> {
            double median = t.wall().medianMillis();
            double limit = perlMs / 2;
            add(prefix + " round trip <= 0.5x the classic client (" + num(limit, 0) + " ms of " + num(perlMs, 0) + ")",
                    num(median, 0) + " ms median with the cache", median <= limit,
                    median <= limit ? "" : "missed by " + num(median - limit, 0) + " ms");
        });
    }

    /** A command's median wall time with the cache against the JVM hello-world's of the same rounds. */
    private void helloTarget(String prefix, double limit) {
        Optional<Startup.Timing> hello = r.startup.stream().filter(t -> t.command().equals(Startup.HELLO) && t.wall().count() > 0).findFirst();
        r.startup.stream().filter(t -> t.cache() && t.command().startsWith(prefix) && t.wall().count() > 0).findFirst()
                .ifPresent(t -> hello.ifPresent(h -> {
                    double x = t.wall().medianMillis() / h.wall().medianMillis();
                    add(t.command() + " <= " + num(limit, 1) + "x a JVM hello-world (" + num(h.wall().medianMillis(), 0) + " ms)",
                            num(t.wall().medianMillis(), 0) + " ms median = " + num(x, 2) + "x", x <= limit,
                            x <= limit ? "" : "missed by " + num(x / limit, 2) + "x");
                }));
    }

    /** The targets of the bank write path at scale (classic suite, PostgreSQL, the top concurrency). */
    private void bankWritePathTargets(int top) {
        Optional<Cell> charge = r.cell("postgresql", Operation.CHARGE, Suite.CLASSIC, top);
        charge.ifPresent(c -> {
            rate("Charge (each after its untimed Reserve)", c.perSecond(), 500, top);
            rate("Reserve + Charge pairs", c.pairsPerSecond(), 250, top);
            double cpu = c.goldCpuMillisPerRequest() / 2;
            add("goldd CPU per Charge <= 2 ms", num(cpu, 2) + " ms (half of " + num(c.goldCpuMillisPerRequest(), 2)
                    + " ms per Reserve + Charge)", cpu <= 2, cpu <= 2 ? "" : "missed by " + num(cpu / 2, 1) + "x");
        });
        for (Operation op : List.of(Operation.BALANCE, Operation.DEPOSIT)) {
            r.cell("postgresql", op, Suite.CLASSIC, top).ifPresent(c -> {
                rate(op.label(), c.perSecond(), 1300, top);
                if (op == Operation.DEPOSIT) {
                    double p99 = c.latencies().percentileMillis(99);
                    add("Deposit p99 < 50 ms at " + top + " clients", num(p99, 1) + " ms", p99 < 50,
                            p99 < 50 ? "" : "missed by " + num(p99 - 50, 1) + " ms");
                }
            });
        }
        Optional<Ceiling.Replay> minCharge = r.minimal.stream().filter(m -> m.op() == Operation.CHARGE && m.clients() == top).findFirst();
        Optional<Ceiling.Replay> minReserve = r.minimal.stream().filter(m -> m.op() == Operation.RESERVE && m.clients() == top).findFirst();
        if (charge.isPresent() && minCharge.isPresent() && minReserve.isPresent()) {
            double pair = 1 / (1 / Math.max(minCharge.get().tps(), 1e-9) + 1 / Math.max(minReserve.get().tps(), 1e-9));
            double x = pair / Math.max(charge.get().pairsPerSecond(), 1e-9);
            add("goldd Reserve + Charge within 1.5x of the minimal SQL at " + top + " clients", num(charge.get().pairsPerSecond(), 1)
                    + " pairs/s vs " + num(pair, 1) + " minimal = " + num(x, 2) + "x", x <= 1.5,
                    x <= 1.5 ? "" : "missed by " + num(x / 1.5, 1) + "x");
        }
    }

    private void rate(String what, double measured, double target, int top) {
        add(what + " >= " + num(target, 0) + "/s at " + top + " clients", num(measured, 1) + "/s", measured >= target,
                measured >= target ? "" : "reaches " + num(100 * measured / target, 0) + "% of the target");
    }

    private void add(String target, String measured, boolean met, String howMuch) {
        rows.add(List.of(target, measured, met ? "yes" : "**no**", howMuch));
    }

    private void whereTheTimeGoes() {
        md.heading(3, "Where the time goes");
        List<String> notes = new ArrayList<>();
        for (Ceiling.Capture c : r.captures) {
            Optional<Cell> one = r.cell("postgresql", c.op(), Suite.CLASSIC, 1);
            if (one.isEmpty()) {
                continue;
            }
            double total = one.get().latencies().medianMillis();
            StatementLog.Statement slowest = c.statements().stream().max(Comparator.comparingDouble(StatementLog.Statement::millis)).orElseThrow();
            notes.add("- " + c.op().label() + " at 1 client: " + num(total, 2) + " ms median end to end, of which "
                    + num(c.sqlMillis(), 2) + " ms is PostgreSQL executing its " + c.statements().size()
                    + " statements (captured run); the rest (" + num(Math.max(0, total - c.sqlMillis()), 2)
                    + " ms) is connection set-up, signing, XML, the request engine and JDBC round trips "
                    + "(one loopback round trip per statement); goldd burnt " + num(one.get().goldCpuMillisPerRequest(), 1)
                    + " ms of CPU per counted request" + (c.op() == Operation.CHARGE ? " (its Reserve included)" : "")
                    + ". Slowest statement: " + num(slowest.millis(), 3)
                    + " ms `" + abbreviate(slowest.literal()) + "`.");
        }
        for (Operation op : List.of(Operation.CHARGE, Operation.BALANCE)) {
            Optional<Cell> one = r.cell("postgresql", op, Suite.CLASSIC, 1);
            int top = o.clients().stream().max(Integer::compare).orElse(1);
            Optional<Cell> many = r.cell("postgresql", op, Suite.CLASSIC, top);
            if (one.isPresent() && many.isPresent() && top > 1) {
                Cell m = many.get();
                notes.add("- " + op.label() + " from 1 to " + top + " clients: " + num(one.get().perSecond(), 1) + " -> "
                        + num(m.perSecond(), 1) + " req/s; at " + top + " clients goldd used " + num(m.goldCpuPercent(), 0)
                        + "%, PostgreSQL " + num(m.dbCpuPercent(), 0) + "% and the load generator " + num(m.loadCpuPercent(), 0)
                        + "% of one core, of " + Runtime.getRuntime().availableProcessors() + " cores (the load average says how "
                        + "much other work took): once the cores are busy, extra clients only add queueing to the latency.");
            }
        }
        for (Suite s : List.of(Suite.CLASSIC_ENCRYPTED, Suite.GS2, Suite.GS2_ENCRYPTED)) {
            Optional<Cell> base = r.cell("postgresql", Operation.BALANCE, Suite.CLASSIC, 1);
            Optional<Cell> other = r.cell("postgresql", Operation.BALANCE, s, 1);
            if (base.isPresent() && other.isPresent()) {
                double diff = other.get().latencies().medianMillis() - base.get().latencies().medianMillis();
                notes.add("- Balance at 1 client, p50: " + s.label() + " " + num(other.get().latencies().medianMillis(), 2)
                        + " ms against classic " + num(base.get().latencies().medianMillis(), 2) + " ms ("
                        + (diff >= 0 ? "+" : "") + num(diff, 2) + " ms; differences below a millisecond are within the noise "
                        + "of a shared machine).");
            }
        }
        Optional<Startup.Timing> version = r.startup.stream().filter(t -> t.cache() && t.command().equals("gbalance --version")).findFirst();
        Optional<Startup.Timing> amy = r.startup.stream().filter(t -> t.cache() && t.command().startsWith("gbalance -u")).findFirst();
        if (version.isPresent() && amy.isPresent()) {
            String floor = r.floors.entrySet().stream().map(e -> e.getKey().split(" ")[0] + " " + num(e.getValue().medianMillis(), 0) + " ms")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            notes.add("- Client start-up: a bare JVM start and exit with the launchers' flags, and runuser, are the floor ("
                    + floor + "); gbalance --version (no network) takes " + num(version.get().wall().medianMillis(), 0)
                    + " ms, " + amy.get().command() + " " + num(amy.get().wall().medianMillis(), 0)
                    + " ms: the difference is loading the config and key, the connection, the request and rendering.");
        }
        for (Startup.Timing cached : r.startup) {
            if (!cached.cache() || cached.wall().count() == 0) {
                continue;
            }
            r.startup.stream().filter(t -> !t.cache() && t.command().equals(cached.command()) && t.wall().count() > 0)
                    .findFirst().ifPresent(plain -> notes.add(cacheNote(cached, plain)));
        }
        List<String> locks = r.captures.stream().flatMap(c -> c.statements().stream()).map(StatementLog.Statement::literal)
                .filter(l -> l.contains("pg_advisory_xact_lock(")).distinct().toList();
        if (locks.size() == 1 && r.captures.size() > 1) {
            notes.add("- Charge and Balance both take the same exclusive transaction-scoped advisory lock (`" + locks.get(0)
                    + "`) and hold it until commit, so bank requests on one database run one at a time whatever the "
                    + "number of clients or workers: throughput stops growing with clients and p99 grows with the queue. "
                    + "The pgbench replay takes the same lock, so it shows the ceiling under that design.");
        }
        for (Ceiling.Capture c : r.captures) {
            List<String> whole = c.statements().stream().map(StatementLog.Statement::literal)
                    .filter(TargetsWriter::readsWholeTable).map(TargetsWriter::table).distinct().toList();
            if (!whole.isEmpty()) {
                notes.add("- One " + c.op().label() + " reads these tables whole (no condition but the deleted flag): "
                        + String.join(", ", whole) + ". Its cost therefore grows with the size of the bank (see Scale), "
                        + "not with the accounts the user can reach.");
            }
        }
        md.paragraph(notes.isEmpty() ? "No figures to explain." : String.join("\n", notes));
        for (Profiler.Profile p : r.profiles) {
            md.heading(4, "CPU profile of goldd's workers: " + p.label() + " (" + p.samples() + " JFR execution samples)");
            md.paragraph("Left: the innermost gold.* method of each sample (our code the CPU time is under). Right: the "
                    + "method on CPU itself. Recorded in a separate run of the same cell, so the figures above carry no "
                    + "profiling cost.");
            List<List<String>> rows = new ArrayList<>();
            List<Map.Entry<String, Integer>> ours = new ArrayList<>(p.gold().entrySet());
            List<Map.Entry<String, Integer>> self = new ArrayList<>(p.self().entrySet());
            for (int i = 0; i < Math.max(ours.size(), self.size()); i++) {
                rows.add(List.of(i < ours.size() ? "`" + ours.get(i).getKey() + "`" : "", i < ours.size() ? pct(ours.get(i).getValue(), p) : "",
                        i < self.size() ? "`" + self.get(i).getKey() + "`" : "", i < self.size() ? pct(self.get(i).getValue(), p) : ""));
            }
            md.table(List.of("gold.* method", "% of samples", "method on CPU", "% of samples"), rows);
            double total = p.threadCpu().values().stream().mapToDouble(Double::doubleValue).sum();
            List<List<String>> threads = new ArrayList<>();
            p.threadCpu().forEach((name, cpu) -> threads.add(List.of("`" + name + "`", num(cpu, 2),
                    num(100 * cpu / Math.max(total, 1e-9), 0))));
            md.table(List.of("worker thread (digits as #)", "CPU s", "% of the workers' CPU"), threads);
        }
    }

    /** What the archive saves for one command, wall against CPU: a slower wall time with less CPU is waiting. */
    static String cacheNote(Startup.Timing cached, Startup.Timing plain) {
        double wc = cached.wall().medianMillis();
        double wp = plain.wall().medianMillis();
        double cc = cached.cpu().medianMillis();
        double cp = plain.cpu().medianMillis();
        String head = "- `" + cached.command() + "`: with the cache " + num(wc, 0) + " ms wall and " + num(cc, 0)
                + " ms CPU, without it " + num(wp, 0) + " ms and " + num(cp, 0) + " ms (medians, modes interleaved): ";
        if (wc <= wp) {
            return head + "the archive saves " + num(wp - wc, 0) + " ms of wall time and " + num(cp - cc, 0) + " ms of CPU.";
        }
        if (cc < cp) {
            return head + "the wall time is longer with the cache although the archive saves " + num(cp - cc, 0)
                    + " ms of CPU, so the extra " + num(wc - wp, 0) + " ms are not start-up work but waiting (for goldd's "
                    + "reply, or for a core on a busy machine); wall minus CPU is " + num(wc - cc, 0) + " ms with the cache and "
                    + num(wp - cp, 0) + " ms without.";
        }
        return head + "the archive saves nothing here: with it the command used " + num(cc - cp, 0) + " ms more CPU.";
    }

    static boolean readsWholeTable(String sql) {
        return sql.startsWith("SELECT") && sql.matches("(?s).*FROM g_\\w+ WHERE COALESCE\\(g_deleted, 'False'\\) <> 'True'( ORDER BY [\\w, ]+)?");
    }

    static String table(String sql) {
        Matcher m = Pattern.compile("FROM (g_\\w+)").matcher(sql);
        return m.find() ? m.group(1) : sql;
    }

    private static String pct(int n, Profiler.Profile p) {
        return num(100.0 * n / Math.max(1, p.samples()), 1);
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + " ..." : s;
    }
}
