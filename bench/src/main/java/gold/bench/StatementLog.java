package gold.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what PostgreSQL logged with {@code log_min_duration_statement = 0} and
 * {@code log_line_prefix = '%m [%p] '}: every executed statement of one backend with its bind
 * parameters and the time parse, bind and execute took. {@link Statement#literal()} is the statement
 * with its parameters written in, as pgbench replays it.
 */
public final class StatementLog {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[(\\d+)\\] (LOG|DETAIL):  (.*)$");
    private static final Pattern DURATION = Pattern.compile("^duration: ([0-9.]+) ms  (parse|bind|execute) [^:]*: (.*)$", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    /** One executed statement: its text, its parameters ($n to a SQL literal) and the server time spent. */
    public record Statement(String sql, Map<Integer, String> parameters, double millis) {
        public String literal() {
            String out = sql;
            for (int n = parameters.size() + 20; n >= 1; n--) {
                String v = parameters.get(n);
                if (v != null) {
                    out = out.replace("$" + n, v);
                }
            }
            return out.replaceAll("\\s+", " ").strip();
        }
    }

    private StatementLog() {
    }

    /** Statements per backend pid, in log order, from the given log text. */
    public static Map<Long, List<Statement>> parse(String logText) {
        Map<Long, List<Statement>> out = new HashMap<>();
        Map<Long, Double> prepTime = new HashMap<>();
        long lastPid = -1;
        String lastKind = "";
        List<String[]> entries = new ArrayList<>(); // pid, kind, text
        for (String line : logText.split("\n", -1)) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(2), m.group(3)});
            } else if (!entries.isEmpty() && (line.startsWith("\t") || line.startsWith(" "))) {
                String[] e = entries.get(entries.size() - 1);
                e[2] = e[2] + "\n" + line.strip();
            }
        }
        Statement pending = null;
        for (String[] e : entries) {
            long pid = Long.parseLong(e[0]);
            if (e[1].equals("DETAIL")) {
                if (pending != null && pid == lastPid && lastKind.equals("execute") && e[2].startsWith("parameters:")) {
                    Map<Integer, String> params = new HashMap<>();
                    Matcher p = PARAM.matcher(e[2]);
                    while (p.find()) {
                        params.put(Integer.parseInt(p.group(1)), p.group(2));
                    }
                    List<Statement> list = out.get(pid);
                    list.set(list.size() - 1, new Statement(pending.sql(), params, pending.millis()));
                }
                continue;
            }
            Matcher d = DURATION.matcher(e[2]);
            if (!d.matches()) {
                continue;
            }
            double ms = Double.parseDouble(d.group(1));
            lastPid = pid;
            lastKind = d.group(2);
            if (!lastKind.equals("execute")) {
                prepTime.merge(pid, ms, Double::sum);
                continue;
            }
            double total = ms + prepTime.getOrDefault(pid, 0.0);
            prepTime.remove(pid);
            pending = new Statement(d.group(3), Map.of(), total);
            out.computeIfAbsent(pid, k -> new ArrayList<>()).add(pending);
        }
        return out;
    }

    /** The statements of the backend that executed the most of them (the request's connection). */
    public static List<Statement> busiest(Map<Long, List<Statement>> byPid) {
        return byPid.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
    }
}
