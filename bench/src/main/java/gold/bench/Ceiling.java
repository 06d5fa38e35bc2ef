package gold.bench;

import gold.protocol.Request;
import gold.protocol.client.GoldClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.StandardCopyOption;

/**
 * The raw-SQL ceiling: the statements one Reserve + Charge pair and one Balance execute are captured
 * from the server's log ({@code log_min_duration_statement = 0} for just those requests), turned into
 * pgbench scripts that do the same work on every loop ({@link ReplayScript}: ids taken with \gset,
 * per-loop job ids and request keys) and replayed by pgbench at the load concurrencies against the same database. One
 * pgbench loop of the Charge script is the whole pair, compared with goldd's timed pairs. A fixed-count
 * run then checks that a loop wrote what goldd's captured run wrote ({@link ReplayCheck}).
 */
public final class Ceiling {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    /** Loops per client of the checking run. */
    private static final int CHECK_LOOPS = 10;
    /** Width of each id generator's own range of values during the capture. */
    private static final long BAND = 10_000_000L;

    /**
     * A captured request (with the requests it needs first, such as the Reserve of a Charge): the
     * statements of each by label, in order, the script pgbench runs, and the counts the goldd run changed.
     */
    public record Capture(Operation op, Map<String, List<StatementLog.Statement>> requests, Path script, int ids,
                          Map<String, BigDecimal> goldDelta) {
        /** The statements of the measured request itself (the Charge, not its Reserve). */
        public List<StatementLog.Statement> statements() {
            return requests.get(op.label());
        }

        public double sqlMillis() {
            return statements().stream().mapToDouble(StatementLog.Statement::millis).sum();
        }

        /** What one pgbench loop runs: "Reserve + Charge" or "Balance". */
        public String unit() {
            return String.join(" + ", requests.keySet());
        }
    }

    /** One pgbench run of a capture. */
    public record Replay(Operation op, int clients, double tps, double latencyMillis) {
    }

    private final Postgres pg;
    private final String database;
    private final Path work;

    public Ceiling(Postgres pg, String database, Path work) {
        this.pg = pg;
        this.database = database;
        this.work = work;
    }

    /** Captures one Reserve + Charge pair and one Balance through the given client. */
    public List<Capture> capture(GoldClient client, Fixture fixture) throws Exception {
        separateIdRanges();
        String job = "ceiling." + System.nanoTime();
        Map<String, Request> pair = new LinkedHashMap<>();
        List<Request> prep = Operation.CHARGE.preparation(job, fixture);
        for (Request r : prep) {
            pair.put(r.action(), r);
        }
        pair.put(Operation.CHARGE.label(), Operation.CHARGE.request(job, fixture));
        List<String> unique = new ArrayList<>(List.of(job));
        pair.values().forEach(r -> unique.add(r.requestKey()));
        Request balance = Operation.BALANCE.request(job, fixture);
        List<Capture> out = new ArrayList<>();
        out.add(capture(client, Operation.CHARGE, pair, unique));
        out.add(capture(client, Operation.BALANCE, Map.of(Operation.BALANCE.label(), balance), List.of(balance.requestKey())));
        return out;
    }

    /**
     * Moves every id generator (the metadata version excepted) to its own range of values, so no captured id
     * equals another id or a constant of the requests and {@link ReplayScript} can replace ids by value.
     * Gaps in ids change no work.
     */
    private void separateIdRanges() throws SQLException {
        Map<String, Long> now = generators();
        now.remove("Metadata");
        long above = (now.values().stream().max(Long::compare).orElse(0L) / BAND + 1) * BAND;
        List<String> names = new ArrayList<>(now.keySet());
        Collections.sort(names);
        for (int i = 0; i < names.size(); i++) {
            pg.execute(database, "UPDATE g_key_generator SET g_next_id = " + (above + i * BAND)
                    + " WHERE g_name = '" + names.get(i) + "'");
        }
    }

    private Map<String, Long> generators() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = pg.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_name, g_next_id FROM g_key_generator")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private Capture capture(GoldClient client, Operation op, Map<String, Request> requests, List<String> perLoop) throws Exception {
        Map<String, Long> ids = generators();
        Map<String, BigDecimal> before = ReplayCheck.counts(pg, database);
        Map<String, List<StatementLog.Statement>> captured = new LinkedHashMap<>();
        for (Map.Entry<String, Request> e : requests.entrySet()) {
            captured.put(e.getKey(), captureOne(client, e.getKey(), e.getValue()));
        }
        Map<String, BigDecimal> delta = ReplayCheck.delta(before, ReplayCheck.counts(pg, database));
        ReplayScript.Script script = ReplayScript.build(new ArrayList<>(captured.values()), ids, perLoop);
        Path file = work.resolve(op.label().toLowerCase(Locale.ROOT) + ".sql");
        Files.writeString(file, script.text());
        pg.share(file);
        return new Capture(op, captured, file, script.ids(), delta);
    }

    private List<StatementLog.Statement> captureOne(GoldClient client, String label, Request request) throws Exception {
        logging(true);
        long from = Files.size(pg.log());
        Fixture.ok(client, request);
        logging(false);
        byte[] all = Files.readAllBytes(pg.log());
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        List<StatementLog.Statement> statements = StatementLog.busiest(StatementLog.parse(text));
        if (statements.isEmpty()) {
            throw new IOException("no statements of the " + label + " in the PostgreSQL log");
        }
        return statements;
    }

    /** Switches statement logging on or off for new statements of every backend. */
    private void logging(boolean on) throws Exception {
        pg.execute("postgres", "ALTER SYSTEM SET log_min_duration_statement = " + (on ? "0" : "-1"), "SELECT pg_reload_conf()");
        Thread.sleep(300); // backends pick up the reload at their next command; give the signal time to land
    }

    /** Replays a capture with pgbench for the given time at the given concurrency. */
    public Replay replay(Capture capture, int clients, double seconds) throws IOException {
        String out = pgbench(capture, clients, List.of("-T", String.valueOf(Math.max(1, Math.round(seconds)))), (long) seconds + 120);
        return new Replay(capture.op(), clients, number(TPS, out), number(LATENCY, out));
    }

    /**
     * Replays a hand-written minimal script of bench/sql (the least SQL one request needs, a comment per
     * statement saying why) against the fixture's account and its first allocation, one request per loop.
     */
    public Replay replayMinimal(Operation op, Path script, long account, int clients, double seconds)
            throws IOException, SQLException {
        String alloc = pg.value(database, "SELECT MIN(g_id) FROM g_allocation WHERE g_account = " + account);
        Path copy = work.resolve(script.getFileName());
        Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
        pg.share(copy);
        List<String> args = new ArrayList<>(List.of("-n", "-f", copy.toString(), "-c", String.valueOf(clients),
                "-j", String.valueOf(Math.min(clients, 4)), "-D", "alloc=" + alloc, "-D", "account=" + account,
                "-D", "amount=16", "-T", String.valueOf(Math.max(1, Math.round(seconds))), database));
        String out = pg.pgbench(args, (long) seconds + 120);
        return new Replay(op, clients, number(TPS, out), number(LATENCY, out));
    }

    /** A fixed number of loops at the given concurrency, with the counts compared to goldd's captured run. */
    public ReplayCheck.Check check(Capture capture, int clients) throws Exception {
        Map<String, BigDecimal> before = ReplayCheck.counts(pg, database);
        String out = pgbench(capture, clients, List.of("-t", String.valueOf(CHECK_LOOPS)), 300);
        long loops = (long) number(PROCESSED, out);
        Map<String, BigDecimal> delta = ReplayCheck.delta(before, ReplayCheck.counts(pg, database));
        return ReplayCheck.compare(capture.op(), capture.goldDelta(), delta, loops);
    }

    private String pgbench(Capture capture, int clients, List<String> length, long timeoutSeconds) throws IOException {
        List<String> args = new ArrayList<>(List.of("-n", "-f", capture.script().toString(), "-c", String.valueOf(clients),
                "-j", String.valueOf(Math.min(clients, 4))));
        args.addAll(length);
        args.add(database);
        return pg.pgbench(args, timeoutSeconds);
    }

    private static double number(Pattern p, String text) throws IOException {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IOException("unexpected pgbench output:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
