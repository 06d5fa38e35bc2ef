package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The benchmark (issue 10), run by ./bench.sh: its own PostgreSQL cluster and goldd copies (one on
 * PostgreSQL, one on the embedded SQLite), the load cells through the full protocol, the raw-SQL
 * ceiling with pgbench, client start-up and scale; writes the Markdown report. Everything it starts
 * is stopped in finally blocks, and bench.sh's trap stops it again if this JVM is killed.
 */
public final class Bench {
    private static final List<Operation> OPS = List.of(Operation.BALANCE, Operation.CHARGE, Operation.DEPOSIT, Operation.QUERY);
    private static final String TABLES = "g_account,g_allocation,g_account_user,g_transaction,g_job,g_reservation,g_user";
    private static final String SCALE_DB = "gold_scale";
    private final Options o;
    private final Results r = new Results();

    private Bench(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Bench(o).run(String.join(" ", args));
    }

    private void run(String args) throws Exception {
        long t0 = System.nanoTime();
        r.command = ("./bench.sh " + args.replaceAll("--(tree|work) \\S+ ?", "")).strip();
        r.started = Instant.now().toString();
        r.loadStart = Machine.loadAverage();
        r.facts.putAll(Machine.facts());
        Map<String, String> pgSettings = new LinkedHashMap<>();
        pgSettings.put("fsync", o.durable() ? "on" : "off");
        pgSettings.put("synchronous_commit", o.durable() ? "on" : "off");
        pgSettings.put("full_page_writes", o.durable() ? "on" : "off");
        pgSettings.put("shared_buffers", "'256MB'");
        try (Postgres pg = Postgres.start(o.work().resolve("pg"), pgSettings)) {
            pg.execute("postgres", "CREATE DATABASE gold");
            r.facts.put("PostgreSQL", pg.value("postgres", "SELECT version()"));
            r.facts.put("PostgreSQL fsync / synchronous_commit / full_page_writes",
                    pg.value("postgres", "SHOW fsync") + " / " + pg.value("postgres", "SHOW synchronous_commit") + " / "
                            + pg.value("postgres", "SHOW full_page_writes"));
            postgresPhase(pg);
        }
        PatroniPhase.run(o, r);
        if (o.sqlite()) {
            sqlitePhase();
        }
        r.loadEnd = Machine.loadAverage();
        r.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(o.report().toAbsolutePath().getParent());
        Files.writeString(o.report(), new ReportWriter(o, r).write());
        System.out.println("bench: report written to " + o.report().toAbsolutePath());
    }

    private Map<String, String> serverSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("server.workers", String.valueOf(o.workers()));
        return s;
    }

    private void postgresPhase(Postgres pg) throws Exception {
        Map<String, String> settings = serverSettings();
        settings.put("database.datasource", pg.jdbcUrl("gold"));
        settings.put("database.user", "postgres");
        try (GoldInstall gold = GoldInstall.create(o.tree(), o.work().resolve("gold-pg"), settings)) {
            gold.start();
            r.facts.put("goldd", "server.workers = " + o.workers() + ", JVM " + jvmOf(gold.masterPid()));
            Fixture fixture = Fixture.create(gold.client(Suite.CLASSIC));
            LoadRunner load = new LoadRunner(gold, fixture, "postgresql", pg.postmasterPid());
            cells(load);
            profile(gold, load);
            ceiling(pg, gold, fixture);
            startup(gold);
            WebBench.run(gold, o, r);
            r.sections.add(SlurmHooks.section(gold, o.work(), Math.max(10, o.startupRuns()), o.seconds() < 2 ? 500 : 2000));
            r.rowCounts.put("postgresql (after the load cells, ceiling and start-up)", postgresCounts(pg, "gold"));
        }
        scalePhase(pg);
    }

    /**
     * Scale runs on a database of its own behind its own goldd, so each step's bank and journal sizes are
     * the ones set here, not whatever the load cells and the ceiling left.
     */
    private void scalePhase(Postgres pg) throws Exception {
        if (o.scaleAccounts().isEmpty()) {
            return;
        }
        pg.execute("postgres", "CREATE DATABASE " + SCALE_DB);
        Map<String, String> settings = serverSettings();
        settings.put("database.datasource", pg.jdbcUrl(SCALE_DB));
        settings.put("database.user", "postgres");
        try (GoldInstall gold = GoldInstall.create(o.tree(), o.work().resolve("gold-scale"), settings)) {
            gold.start();
            Fixture fixture = Fixture.create(gold.client(Suite.CLASSIC));
            scale(pg, gold, fixture);
            r.rowCounts.put("postgresql, scale database (after the scale phase)", postgresCounts(pg, SCALE_DB));
        }
    }

    private void sqlitePhase() throws Exception {
        try (GoldInstall gold = GoldInstall.create(o.tree(), o.work().resolve("gold-sqlite"), serverSettings())) {
            gold.start();
            Fixture fixture = Fixture.create(gold.client(Suite.CLASSIC));
            cells(new LoadRunner(gold, fixture, "sqlite", 0));
            r.rowCounts.put("sqlite (after its load cells)", sqliteCounts(gold.home().resolve("data/gold.db")));
        }
    }

    private void cells(LoadRunner load) throws Exception {
        // fresh worker JVMs compile as they go: warm every request type up first, so the first suite measured
        // (classic) is not the one paying for the JIT
        for (Operation op : OPS) {
            for (Suite suite : o.suites()) {
                load.run(op, suite, 4, 0, Math.max(0.5, o.warmup()));
            }
        }
        for (Operation op : OPS) {
            for (Suite suite : o.suites()) {
                for (int clients : o.clients()) {
                    Cell c = load.run(op, suite, clients, o.warmup(), o.seconds());
                    r.cells.add(c);
                    System.out.printf("bench: %-10s %-8s %-12s %2d clients %8.1f req/s p50 %.1f ms p99 %.1f ms%s%n",
                            c.database(), op.label(), suite.label(), clients, c.perSecond(), c.latencies().medianMillis(),
                            c.latencies().percentileMillis(99), c.failures() > 0 ? " failures " + c.failures() + ": " + c.firstFailure() : "");
                }
            }
        }
    }

    /** Profiled re-runs of the Charge and Balance cells at the top concurrency (not counted in the figures). */
    private void profile(GoldInstall gold, LoadRunner load) {
        int top = o.clients().stream().max(Integer::compare).orElse(1);
        for (Operation op : List.of(Operation.CHARGE, Operation.BALANCE)) {
            try {
                Profiler profiler = new Profiler(gold);
                profiler.start();
                load.run(op, Suite.CLASSIC, top, o.warmup(), o.seconds());
                Profiler.Profile p = profiler.stop(op.label() + ", classic, " + top + " clients, PostgreSQL");
                r.profiles.add(p);
                System.out.printf("bench: profiled %s: %d samples%n", p.label(), p.samples());
            } catch (Exception e) {
                r.problems.add("profile of " + op.label() + ": " + e);
                System.err.println("bench: profile failed: " + e);
            }
        }
    }

    private void ceiling(Postgres pg, GoldInstall gold, Fixture fixture) {
        try {
            Ceiling ceiling = new Ceiling(pg, "gold", o.work());
            r.captures.addAll(ceiling.capture(gold.client(Suite.CLASSIC), fixture));
            for (Ceiling.Capture capture : r.captures) {
                for (int clients : o.clients()) {
                    Ceiling.Replay replay = ceiling.replay(capture, clients, Math.max(1, o.seconds()));
                    r.replays.add(replay);
                    System.out.printf("bench: pgbench %-16s %2d clients %8.1f tps%n", capture.unit(), clients, replay.tps());
                }
                int top = o.clients().stream().max(Integer::compare).orElse(1);
                ReplayCheck.Check check = ceiling.check(capture, top);
                r.checks.add(check);
                System.out.printf("bench: pgbench %-16s check over %d loops: %s%n", capture.unit(), check.loops(),
                        check.passed() ? "same work as goldd" : "DIFFERS from goldd");
            }
            for (Operation op : List.of(Operation.CHARGE, Operation.RESERVE)) {
                Path script = Path.of("bench", "sql", op.label().toLowerCase(Locale.ROOT) + "-minimal.sql")
                        .toAbsolutePath();
                for (int clients : o.clients()) {
                    Ceiling.Replay replay = ceiling.replayMinimal(op, script, fixture.account(), clients,
                            Math.max(1, o.seconds()));
                    r.minimal.add(replay);
                    System.out.printf("bench: pgbench minimal %-8s %2d clients %8.1f tps%n", op.label(), clients, replay.tps());
                }
            }
        } catch (Exception e) {
            r.problems.add("ceiling: " + e);
            System.err.println("bench: ceiling failed: " + e);
        }
    }

    private void startup(GoldInstall gold) {
        try {
            Startup s = new Startup(gold);
            r.startupNoCache = s.noCache();
            r.startup.addAll(s.measure(o.startupRuns()));
            r.cacheUse.addAll(s.cacheUse());
            String java = System.getProperty("java.home") + "/bin/java";
            r.floors.put("java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version",
                    Startup.floor(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-version"), o.startupRuns()));
            if (Shell.ROOT) {
                r.floors.put("runuser -u gold -- true (the benchmark runs the g* as gold)",
                        Startup.floor(List.of("runuser", "-u", "gold", "--", "true"), o.startupRuns()));
            }
            for (Startup.Timing t : r.startup) {
                System.out.printf("bench: %-60s cache %-5s median %.0f ms%n", t.command(), t.cache(), t.wall().medianMillis());
            }
        } catch (Exception e) {
            r.problems.add("start-up: " + e);
            System.err.println("bench: start-up failed: " + e);
        }
    }

    private void scale(Postgres pg, GoldInstall gold, Fixture fixture) {
        try {
            Scale scale = new Scale(pg, SCALE_DB);
            LoadRunner load = new LoadRunner(gold, fixture, "postgresql", pg.postmasterPid());
            for (Operation op : List.of(Operation.BALANCE, Operation.CHARGE, Operation.QUOTE, Operation.RESERVE)) { // this goldd's workers start cold
                load.run(op, Suite.CLASSIC, 1, 0, Math.max(2, o.seconds()));
            }
            List<Long> journal = o.journalSteps();
            for (int i = 0; i < o.scaleAccounts().size(); i++) {
                long t = System.nanoTime();
                scale.accounts(o.scaleAccounts().get(i));
                scale.journal(journal.get(i));
                double seed = (System.nanoTime() - t) / 1e9;
                long rows = Long.parseLong(pg.value(SCALE_DB, "SELECT count(*) FROM g_transaction"));
                long accounts = Long.parseLong(pg.value(SCALE_DB, "SELECT count(*) FROM g_account"));
                Cell balance = load.run(Operation.BALANCE, Suite.CLASSIC, 1, o.warmup(), o.seconds(), Scale.SAMPLES, Scale.MAX_SECONDS);
                Cell charge = load.run(Operation.CHARGE, Suite.CLASSIC, 1, o.warmup(), o.seconds(), Scale.SAMPLES, Scale.MAX_SECONDS);
                Cell quote = load.run(Operation.QUOTE, Suite.CLASSIC, 1, o.warmup(), o.seconds(), Scale.SAMPLES, Scale.MAX_SECONDS);
                Cell reserve = load.run(Operation.RESERVE, Suite.CLASSIC, 1, o.warmup(), o.seconds(), Scale.SAMPLES, Scale.MAX_SECONDS);
                r.scale.add(new Results.ScalePoint(accounts, rows, seed, balance, charge, quote, reserve));
                System.out.printf("bench: scale %d accounts %d journal rows: balance p50 %.1f ms (n %d), charge p50 %.1f ms (n %d),"
                                + " quote p50 %.1f ms, reserve p50 %.1f ms%n",
                        accounts, rows, balance.latencies().medianMillis(), balance.latencies().count(),
                        charge.latencies().medianMillis(), charge.latencies().count(), quote.latencies().medianMillis(),
                        reserve.latencies().medianMillis());
            }
        } catch (Exception e) {
            r.problems.add("scale: " + e);
            System.err.println("bench: scale failed: " + e);
        }
    }

    private static String jvmOf(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }

    private static Map<String, String> postgresCounts(Postgres pg, String database) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : TABLES.split(",")) {
            out.put(t, pg.value(database, "SELECT count(*) FROM " + t));
        }
        return out;
    }

    private static Map<String, String> sqliteCounts(Path db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String t : TABLES.split(",")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    out.put(t, rs.next() ? rs.getString(1) : "");
                }
            }
        }
        return out;
    }
}
