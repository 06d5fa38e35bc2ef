package gold.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static gold.bench.Markdown.num;

/** Writes the Markdown report of one run: machine facts, every figure, and the targets compared. */
final class ReportWriter {
    static final double PERL_CHARGES = 19.5;
    static final double PERL_BALANCES = 36;
    static final double PERL_GCHARGE_MS = 196;
    static final double PERL_VERSION_MS = 150;
    private final Options o;
    private final Results r;
    private final Markdown md = new Markdown();

    ReportWriter(Options o, Results r) {
        this.o = o;
        this.r = r;
    }

    String write() {
        md.heading(1, "Gold benchmark report");
        md.paragraph("Run started " + r.started + ", took " + num(r.elapsedSeconds, 0) + " s. Command: `" + r.command
                + "` with " + num(o.seconds(), 1) + " s measured per load cell after " + num(o.warmup(), 1)
                + " s warm-up. Figures are from one run on one machine: compare them with care.");
        machine();
        server();
        patroni();
        ceiling();
        startup();
        minimal();
        scale();
        targets();
        if (!r.problems.isEmpty()) {
            md.heading(2, "Problems during the run");
            md.paragraph(String.join("\n\n", r.problems));
        }
        return md.toString() + String.join("", r.sections);
    }

    private void machine() {
        md.heading(2, "Machine");
        List<List<String>> rows = new ArrayList<>();
        r.facts.forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("load average at start / end (1, 5, 15 min)", r.loadStart + " / " + r.loadEnd));
        double start = Double.parseDouble(r.loadStart.split(" ")[0]);
        boolean shared = start > 0.5 * Runtime.getRuntime().availableProcessors();
        rows.add(List.of("machine shared with other work", shared ? "yes: load before the run was already "
                + r.loadStart.split(" ")[0] + " on " + Runtime.getRuntime().availableProcessors() + " cores" : "no (idle at start)"));
        rows.add(List.of("security suites", String.join(", ", o.suites().stream().map(Suite::label).toList())
                + " (authentication on in all; +enc = encryption on)"));
        rows.add(List.of("load generator", "a separate JVM (gold.bench.Bench) with one gold.protocol.client.GoldClient per client thread; "
                + "every request is a new connection (classic protocol) and carries a fresh request key, as every g* request does"));
        md.table(List.of("fact", "value"), rows);
        md.heading(3, "Row counts");
        List<List<String>> counts = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : r.rowCounts.entrySet()) {
            e.getValue().forEach((t, n) -> counts.add(List.of(e.getKey(), t, n)));
        }
        md.table(List.of("database", "table", "rows"), counts);
    }

    private void server() {
        md.heading(2, "Server: requests through the full protocol");
        md.paragraph("Balance = Account Balance of amy (gbalance --total -u amy); Charge = Job Charge of a job the same client "
                + "reserved just before (the Reserve is not timed and not counted in these rows, so a client's Charge rate is about half of its "
                + "request rate; the ceiling section also times the Reserve + Charge pairs); Deposit = Account Deposit of 1 credit; Query = User Query Name==amy. Every request carries a fresh request key (Request attribute requestKey), as the g* clients send one: a modifying request (Reserve, Charge, Deposit) takes the production write path, its key row written first in its transaction and its reply stored before the commit. CPU is summed over "
                + "the process tree in % of one core (goldd = master + workers; db = postmaster + backends); RSS is goldd's. Before the cells, every request type ran unmeasured in every suite so the workers' JIT is warm.");
        for (String db : List.of("postgresql", "sqlite")) {
            List<List<String>> rows = new ArrayList<>();
            for (Cell c : r.cells) {
                if (!c.database().equals(db)) {
                    continue;
                }
                Latencies l = c.latencies();
                rows.add(List.of(c.op().label(), c.suite().label(), String.valueOf(c.clients()), num(c.perSecond(), 1),
                        num(l.medianMillis(), 2), num(l.percentileMillis(90), 2), num(l.percentileMillis(99), 2),
                        num(l.maxMillis(), 2), String.valueOf(l.count()), c.failures() == 0 ? "0" : c.failures() + " (" + c.firstFailure() + ")",
                        num(c.goldCpuPercent(), 0), num(c.goldCpuMillisPerRequest(), 1), num(c.goldRssMiB(), 0), db.equals("sqlite") ? "-" : num(c.dbCpuPercent(), 0), num(c.loadCpuPercent(), 0)));
            }
            if (rows.isEmpty()) {
                continue;
            }
            md.heading(3, db);
            md.table(List.of("request", "suite", "clients", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "n", "failures",
                    "goldd CPU %", "goldd CPU ms/req", "goldd RSS MiB", "db CPU %", "load gen CPU %"), rows);
        }
    }

    /** Charge on the Patroni cluster (synchronous replication) beside the single node, per client count. */
    private void patroni() {
        List<List<String>> rows = new ArrayList<>();
        for (Cell p : r.cells) {
            if (!p.database().equals(PatroniPhase.DATABASE)) {
                continue;
            }
            Optional<Cell> single = r.cell("postgresql", Operation.CHARGE, Suite.CLASSIC, p.clients());
            rows.add(List.of(String.valueOf(p.clients()),
                    single.map(c -> num(c.perSecond(), 1)).orElse("-"),
                    single.map(c -> num(c.latencies().percentileMillis(99), 2)).orElse("-"),
                    num(p.perSecond(), 1), num(p.latencies().percentileMillis(99), 2),
                    p.failures() == 0 ? "0" : p.failures() + " (" + p.firstFailure() + ")"));
        }
        if (rows.isEmpty()) {
            return;
        }
        md.heading(2, "Charge on a Patroni cluster (synchronous replication)");
        md.paragraph("The same Charge cells (classic suite) against one goldd over a Patroni cluster of two PostgreSQL "
                + "nodes with synchronous_mode: every commit waits for the standby (synchronous_commit on there, "
                + "whatever --durable says for the single node). See the Machine table for the settings.");
        md.table(List.of("clients", "single node req/s", "single node p99 ms", "Patroni req/s", "Patroni p99 ms",
                "Patroni failures"), rows);
    }

    private void ceiling() {
        md.heading(2, "Ceiling: the same SQL replayed by pgbench");
        if (r.captures.isEmpty()) {
            md.paragraph("Not measured (see Problems).");
            return;
        }
        md.paragraph("The statements below were captured from the benchmark cluster's log (log_min_duration_statement = 0 "
                + "while one classic-suite request ran; parameters written in) and replayed by pgbench at the same "
                + "concurrency on the same database. What is compared: one pgbench loop of the Charge script is a whole "
                + "Reserve + Charge pair (two transactions, as goldd runs them), against goldd's timed pairs (clock from "
                + "before the Reserve to after the Charge, pairs per second); one loop of the Balance script is one Balance. "
                + "Every loop does the same work as the captured run: ids are taken from g_key_generator as the server takes "
                + "them (the captured read after each increment becomes a pgbench \\gset, and later literals equal to the "
                + "captured id use that variable), the job id and the request keys get a per-loop random suffix (\\set); the "
                + "row locks (SELECT ... FOR UPDATE) lock the same rows as in goldd. Before the capture "
                + "each id generator is moved to its own range of values so an id never equals another literal. "
                + "Overhead = pgbench loops/s divided by goldd's rate of the same unit (classic suite, PostgreSQL).");
        List<List<String>> rows = new ArrayList<>();
        for (Ceiling.Replay rep : r.replays) {
            Optional<Cell> cell = r.cell("postgresql", rep.op(), Suite.CLASSIC, rep.clients());
            String unit = r.captures.stream().filter(c -> c.op() == rep.op()).map(Ceiling.Capture::unit).findFirst().orElse(rep.op().label());
            rows.add(List.of(unit, String.valueOf(rep.clients()), num(rep.tps(), 1), num(rep.latencyMillis(), 2),
                    cell.map(c -> num(c.pairsPerSecond(), 1)).orElse("-"),
                    cell.map(c -> num(c.pairs().medianMillis(), 2)).orElse("-"),
                    cell.map(c -> String.valueOf(c.pairs().count())).orElse("-"),
                    cell.map(c -> num(rep.tps() / Math.max(c.pairsPerSecond(), 1e-9), 2) + "x").orElse("-")));
        }
        md.table(List.of("one loop", "clients", "pgbench loops/s", "pgbench avg latency ms", "goldd same unit/s",
                "goldd p50 ms", "goldd n", "overhead (raw SQL / goldd)"), rows);
        for (ReplayCheck.Check check : r.checks) {
            String unit = r.captures.stream().filter(c -> c.op() == check.op()).map(Ceiling.Capture::unit).findFirst().orElse("");
            md.paragraph("Check of the " + unit + " script: a run of " + check.loops() + " loops (pgbench -t) changed these "
                    + "counts per loop exactly as the captured goldd run did: " + (check.passed() ? "**yes**" : "**NO**") + ".");
            List<List<String>> cr = new ArrayList<>();
            for (ReplayCheck.Row row : check.rows()) {
                cr.add(List.of(row.what(), row.goldd().toPlainString(), row.perLoop().toPlainString(), row.same() ? "yes" : "**no**"));
            }
            md.table(List.of("count", "change in the goldd run", "change per pgbench loop", "same"), cr);
        }
        for (Ceiling.Capture capture : r.captures) {
            capture.requests().forEach((label, statements) -> statements(capture, label, statements));
        }
    }

    /** The hand-written minimal SQL of a Charge and of a Reserve (bench/sql), replayed like the captured SQL. */
    private void minimal() {
        md.heading(2, "Minimal-SQL ceiling: the least SQL of a Charge and of a Reserve");
        if (r.minimal.isEmpty()) {
            md.paragraph("Not measured (see Problems).");
            return;
        }
        md.paragraph("bench/sql/charge-minimal.sql and reserve-minimal.sql hold, a line per statement saying why the request "
                + "needs it, the least SQL each request must run (lock and read the allocation, the holds under the lock for a "
                + "Reserve, the ids in one statement, debit or hold, journal row, job row, request-key row with its stored reply), "
                + "replayed by pgbench at the same concurrency on the same database and fixture. A Reserve + Charge pair of the "
                + "minimal scripts takes 1/reserve + 1/charge seconds per client-loop, so its pair rate is their harmonic "
                + "combination; goldd's rate is its timed Reserve + Charge pairs (classic suite).");
        List<List<String>> rows = new ArrayList<>();
        for (int clients : o.clients()) {
            Optional<Ceiling.Replay> charge = r.minimal.stream().filter(m -> m.op() == Operation.CHARGE && m.clients() == clients).findFirst();
            Optional<Ceiling.Replay> reserve = r.minimal.stream().filter(m -> m.op() == Operation.RESERVE && m.clients() == clients).findFirst();
            if (charge.isEmpty() || reserve.isEmpty()) {
                continue;
            }
            double pair = 1 / (1 / Math.max(charge.get().tps(), 1e-9) + 1 / Math.max(reserve.get().tps(), 1e-9));
            Optional<Cell> cell = r.cell("postgresql", Operation.CHARGE, Suite.CLASSIC, clients);
            rows.add(List.of(String.valueOf(clients), num(charge.get().tps(), 1), num(charge.get().latencyMillis(), 2),
                    num(reserve.get().tps(), 1), num(reserve.get().latencyMillis(), 2), num(pair, 1),
                    cell.map(c -> num(c.pairsPerSecond(), 1)).orElse("-"),
                    cell.map(c -> num(pair / Math.max(c.pairsPerSecond(), 1e-9), 2) + "x").orElse("-")));
        }
        md.table(List.of("clients", "minimal Charge tps", "avg ms", "minimal Reserve tps", "avg ms",
                "minimal Reserve + Charge pairs/s", "goldd pairs/s", "minimal / goldd"), rows);
    }

    private void statements(Ceiling.Capture capture, String label, List<StatementLog.Statement> statements) {
        long keyGen = statements.stream().filter(s -> s.sql().startsWith("UPDATE g_key_generator")).count();
        long advisory = statements.stream().filter(s -> s.sql().contains("pg_advisory_xact_lock")).count();
        double ms = statements.stream().mapToDouble(StatementLog.Statement::millis).sum();
        md.heading(3, "Statements of one " + label + (label.equals(capture.op().label()) ? "" : " (replayed before the "
                + capture.op().label() + " in the same loop)") + " (" + statements.size() + " statements, "
                + num(ms, 2) + " ms of server time in parse/bind/execute)");
        if (advisory > 0) {
            md.paragraph("It takes a transaction-scoped advisory lock (pg_advisory_xact_lock) held until commit: requests "
                    + "taking the same lock run one at a time, whatever the number of clients.");
        }
        if (keyGen > 0) {
            md.paragraph(keyGen + " of them update g_key_generator rows (ids for requests and journal entries): every "
                    + "writing request holds those row locks until it commits, so concurrent writers serialize on them.");
        }
        List<List<String>> st = new ArrayList<>();
        int i = 1;
        for (StatementLog.Statement s : statements) {
            String text = s.literal();
            st.add(List.of(String.valueOf(i++), num(s.millis(), 3), "`" + (text.length() > 300 ? text.substring(0, 300) + " ..." : text) + "`"));
        }
        md.table(List.of("#", "ms", "statement"), st);
    }

    private void startup() {
        md.heading(2, "Client start-up");
        if (r.startup.isEmpty()) {
            md.paragraph("Not measured (see Problems).");
            return;
        }
        md.paragraph("Wall time and CPU time (user + system of the whole invocation, from the kernel's totals of the "
                + "benchmark's waited-for children, 10 ms resolution) of whole invocations (" + o.startupRuns()
                + " timed runs after one untimed), against the PostgreSQL goldd. \"cache\" = the launchers' start-up cache "
                + "(lib/client.aot, -XX:AOTCache, on JDK 24+; lib/client.jsa, -XX:SharedArchiveFile, before); \"no cache\" = the same "
                + "command with GOLD_JAVA_OPTS=" + r.startupNoCache + ". The JVM hello-world (plain `java -cp DIR Hello`, the JDK's "
                + "default class-data sharing) runs in the same rounds and the same way, as the yardstick of the targets. "
                + "The modes run interleaved (cache, no cache, then no cache, cache, ...) so a drift of the machine "
                + "or the server affects both alike." + (Shell.ROOT ? " The benchmark runs as root, so each command runs "
                + "through runuser -u gold (its cost is in the floor table)." : ""));
        List<List<String>> rows = new ArrayList<>();
        for (Startup.Timing t : r.startup) {
            rows.add(List.of(t.command(), t.command().equals(Startup.HELLO) ? "-" : t.cache() ? "cache" : "no cache", num(t.wall().medianMillis(), 0),
                    num(t.wall().minMillis(), 0), num(t.wall().maxMillis(), 0), num(t.cpu().medianMillis(), 0),
                    t.failures() == 0 ? "0" : t.failures() + " (" + t.firstFailure() + ")"));
        }
        md.table(List.of("command", "mode", "median ms", "min ms", "max ms", "CPU median ms", "failures"), rows);
        md.paragraph("Each command ran once more per mode with -Xlog:class+load: with the cache most classes must come from "
                + "the archive, without it none.");
        List<List<String>> use = new ArrayList<>();
        for (Startup.CacheUse u : r.cacheUse) {
            use.add(List.of(u.command(), u.cache() ? "cache" : "no cache",
                    u.shared() + " of " + u.total() + " (" + num(100.0 * u.shared() / Math.max(1, u.total()), 0) + "%)",
                    u.used() ? "yes" : "no", u.asIntended() ? "yes" : "**NO**", u.notShared()));
        }
        md.table(List.of("command", "mode", "classes from \"shared objects file\"", "archive used", "as intended",
                "classes loaded outside the archive, by source"), use);
        List<List<String>> floors = new ArrayList<>();
        r.floors.forEach((k, l) -> floors.add(List.of(k, num(l.medianMillis(), 0), num(l.minMillis(), 0), num(l.maxMillis(), 0))));
        md.table(List.of("floor", "median ms", "min ms", "max ms"), floors);
    }

    private void scale() {
        md.heading(2, "Scale (PostgreSQL, classic suite, 1 client)");
        if (r.scale.isEmpty()) {
            md.paragraph("Not measured (see Problems).");
            return;
        }
        md.paragraph("A database of its own behind a goldd of its own (same settings), so the sizes below are the ones the "
                + "benchmark sets, not what the load cells left: journal targets " + o.journalSteps() + " rows for "
                + o.scaleAccounts() + " extra accounts. Accounts (each with an allocation and user, project and machine access "
                + "rows, belonging to other users) and Charge journal rows of other jobs are added with SQL between steps; "
                + "amy's answer stays the same. Each step measures Balance and then Charge (after its untimed Reserve) for "
                + num(o.seconds(), 1) + " s and on until it has " + Scale.SAMPLES + " samples, for at most "
                + num(Scale.MAX_SECONDS, 0) + " s; n = samples, window = the time "
                + "it measured. Journal rows are counted at the start of the step.");
        List<List<String>> rows = new ArrayList<>();
        for (Results.ScalePoint p : r.scale) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.accounts()), String.valueOf(p.journalRows()),
                    num(p.seedSeconds(), 1)));
            for (Cell c : p.cells()) {
                row.add(num(c.latencies().medianMillis(), 2));
                row.add(num(c.latencies().percentileMillis(99), 2));
                row.add(String.valueOf(c.latencies().count()));
            }
            rows.add(row);
        }
        List<String> head = new ArrayList<>(List.of("accounts", "journal rows", "seeding s"));
        for (String op : List.of("Quote", "Reserve", "Charge", "Balance")) {
            head.addAll(List.of(op + " p50 ms", op + " p99 ms", op + " n"));
        }
        md.table(head, rows);
        if (r.scale.size() > 1) {
            Results.ScalePoint a = r.scale.get(0);
            Results.ScalePoint b = r.scale.get(r.scale.size() - 1);
            double size = (double) b.accounts() / a.accounts();
            StringBuilder growth = new StringBuilder("From " + a.accounts() + " to " + b.accounts() + " accounts ("
                    + num(size, 0) + "x, journal " + a.journalRows() + " to " + b.journalRows() + " rows) the p50 grew:");
            String[] names = {"Quote", "Reserve", "Charge", "Balance"};
            for (int i = 0; i < names.length; i++) {
                double x = b.cells().get(i).latencies().medianMillis()
                        / Math.max(a.cells().get(i).latencies().medianMillis(), 1e-9);
                growth.append(i == 0 ? " " : ", ").append(names[i]).append(' ').append(num(x, 2)).append("x (accounts^")
                        .append(num(Math.log(x) / Math.log(size), 2)).append(')');
            }
            md.paragraph(growth + "; 1 = linear in the size of the bank, 0 = independent of it.");
        }
    }

    private void targets() {
        new TargetsWriter(o, r, md).write();
    }
}
