package gold.bench;

import gold.protocol.Request;
import gold.protocol.client.GoldClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw-SQL ceiling: the statements one Charge (after its Reserve) and one Balance execute are
 * captured from the server's log ({@code log_min_duration_statement = 0} for just those requests),
 * written with their parameters as pgbench scripts and replayed by pgbench at the load concurrencies
 * against the same database. Our overhead is then the ratio of the replay's rate to goldd's.
 */
public final class Ceiling {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** A captured request: its statements and the script file pgbench runs. */
    public record Capture(Operation op, List<StatementLog.Statement> statements, Path script) {
        public double sqlMillis() {
            return statements.stream().mapToDouble(StatementLog.Statement::millis).sum();
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

    /** Captures one Charge (its Reserve unlogged) and one Balance through the given client. */
    public List<Capture> capture(GoldClient client, Fixture fixture) throws Exception {
        String job = "ceiling." + System.nanoTime();
        for (Request r : Operation.CHARGE.preparation(job, fixture)) {
            Fixture.ok(client, r);
        }
        List<Capture> out = new ArrayList<>();
        out.add(captureOne(client, Operation.CHARGE, Operation.CHARGE.request(job, fixture)));
        out.add(captureOne(client, Operation.BALANCE, Operation.BALANCE.request(job, fixture)));
        return out;
    }

    private Capture captureOne(GoldClient client, Operation op, Request request) throws Exception {
        logging(true);
        long from = Files.size(pg.log());
        Fixture.ok(client, request);
        logging(false);
        byte[] all = Files.readAllBytes(pg.log());
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        List<StatementLog.Statement> statements = StatementLog.busiest(StatementLog.parse(text));
        if (statements.isEmpty()) {
            throw new IOException("no statements of the " + op.label() + " in the PostgreSQL log");
        }
        StringBuilder script = new StringBuilder();
        for (StatementLog.Statement s : statements) {
            script.append(s.literal()).append(";\n");
        }
        Path file = work.resolve(op.label().toLowerCase(java.util.Locale.ROOT) + ".sql");
        Files.writeString(file, script.toString());
        pg.share(file);
        return new Capture(op, statements, file);
    }

    /** Switches statement logging on or off for new statements of every backend. */
    private void logging(boolean on) throws Exception {
        pg.execute("postgres", "ALTER SYSTEM SET log_min_duration_statement = " + (on ? "0" : "-1"), "SELECT pg_reload_conf()");
        Thread.sleep(300); // backends pick up the reload at their next command; give the signal time to land
    }

    /** Replays a capture with pgbench for the given time at the given concurrency. */
    public Replay replay(Capture capture, int clients, double seconds) throws IOException {
        String out = pg.pgbench(List.of("-n", "-f", capture.script().toString(), "-c", String.valueOf(clients),
                "-j", String.valueOf(Math.min(clients, 4)), "-T", String.valueOf(Math.max(1, Math.round(seconds))),
                database), (long) seconds + 120);
        return new Replay(capture.op(), clients, number(TPS, out), number(LATENCY, out));
    }

    private static double number(Pattern p, String text) throws IOException {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IOException("unexpected pgbench output:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
