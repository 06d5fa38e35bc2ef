package gold.server.metrics;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a worker tells its master over the pipe of its stdout, one line each: database observations
 * ({@code GUARD state primary reason} after every split-brain probe; {@code UNKNOWN detail} for a
 * reply 250) and, when asked, its figures ({@code METRICS id} ... {@code END id}). The master turns the
 * observations into site events once, however many workers saw the same thing. Outside a worker
 * (tests, tools) nothing is installed and reports go nowhere.
 */
public final class WorkerReports {
    private static volatile PrintStream pipe;

    private WorkerReports() {
    }

    /** Makes {@code out} (the worker's original stdout, read by the master) the report channel. */
    public static void install(PrintStream out) {
        pipe = out;
    }

    /**
     * After a split-brain probe: the one writable host ({@code host:port}, "" unless exactly one) and the refusal ("" when writes
     * are allowed). Sent after every probe (at most one per probe interval), so the master always has the
     * latest view even of a worker whose state did not change.
     */
    public static void guardProbed(String primary, String refusal) {
        send("GUARD " + (refusal.isEmpty() ? "allowing" : "refusing") + " " + enc(primary) + " " + enc(refusal));
    }

    /** A modifying request answered 250: its commit may or may not have happened. */
    public static void outcomeUnknown(String detail) {
        send("UNKNOWN " + enc(detail));
    }

    /** Answers the master's {@code SCRAPE id}. */
    public static void answerScrape(String id) {
        PrintStream out = pipe;
        if (out == null) {
            return;
        }
        List<String> lines = WorkerMetrics.lines();
        synchronized (out) {
            out.println("METRICS " + id);
            lines.forEach(out::println);
            out.println("END " + id);
            out.flush();
        }
    }

    private static void send(String line) {
        PrintStream out = pipe;
        if (out != null) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    static String enc(String s) {
        return s.isEmpty() ? "-" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("-", "%2D");
    }

    static String dec(String s) {
        return s.equals("-") ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
