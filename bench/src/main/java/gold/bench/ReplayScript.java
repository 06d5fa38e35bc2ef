package gold.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the statements captured from one run of some requests (a Reserve and its Charge, or a Balance)
 * into a pgbench script that does the same work on every loop, not just the first:
 * <ul>
 * <li>ids are taken the way the server takes them: after the captured increment of a g_key_generator
 * row, the captured read of it becomes {@code SELECT g_next_id - 1 AS gb_idN ... \gset} (the server
 * uses next - 1), and every later literal equal to the id the server got in the captured run is
 * replaced by {@code :gb_idN}; the captured ids are known from the generators' values before the run;</li>
 * <li>literals that must differ per loop (the job id, request keys) get a random per-loop suffix from
 * {@code \set};</li>
 * <li>an advisory lock taken right before a statement that uses such a literal or a captured id (the lock
 * of a request key, of a row being created) locks that per-loop value instead, as the server locks a
 * different key for every request; a lock on a constant (the bank's) stays.</li>
 * </ul>
 * Only whole quoted literals are replaced, so an id never matches inside a longer value. Two captured ids
 * with the same value are refused: the script could not tell them apart.
 */
final class ReplayScript {
    private static final Pattern INCREMENT = Pattern.compile(
            "UPDATE g_key_generator SET g_next_id = g_next_id \\+ 1 WHERE g_name = '(\\w+)'( RETURNING g_next_id)?");
    private static final Pattern READ = Pattern.compile("SELECT g_next_id FROM g_key_generator WHERE g_name = '(\\w+)'");
    private static final Pattern ADVISORY = Pattern.compile("SELECT pg_advisory_xact_lock\\('-?\\d+'\\)");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");
    /** pgbench's random() needs ub - lb below 2^63; 4e18 keeps per-loop values distinct in practice. */
    private static final String RANDOM = "random(1, 4000000000000000000)";

    /** The script text and how many ids it takes with \gset. */
    record Script(String text, int ids) {
    }

    private ReplayScript() {
    }

    /**
     * @param requests   the captured statements of each request, in the order they ran
     * @param generators g_key_generator's next ids just before the captured run
     * @param perLoop    literal values (unquoted) that must be unique per loop, such as the job id and request keys
     */
    static Script build(List<List<StatementLog.Statement>> requests, Map<String, Long> generators, List<String> perLoop) {
        StringBuilder out = new StringBuilder();
        Map<String, String> literals = new HashMap<>(); // quoted literal -> its replacement
        Map<String, String> lockOf = new HashMap<>(); // quoted per-loop literal or captured id -> its variable
        for (int i = 0; i < perLoop.size(); i++) {
            String var = "gb_u" + (i + 1);
            out.append("\\set ").append(var).append(' ').append(RANDOM).append('\n');
            literals.put(quote(perLoop.get(i)), quote(perLoop.get(i) + ".:" + var));
            lockOf.put(quote(perLoop.get(i)), var);
        }
        Map<String, Long> next = new LinkedHashMap<>(generators);
        String incremented = null;
        int ids = 0;
        for (List<StatementLog.Statement> request : requests) {
            for (int at = 0; at < request.size(); at++) {
                String sql = request.get(at).literal();
                Matcher inc = INCREMENT.matcher(sql);
                Matcher read = READ.matcher(sql);
                if (inc.matches()) {
                    String name = inc.group(1);
                    if (!next.containsKey(name)) {
                        throw new IllegalStateException("no value of the " + name + " id generator before the capture");
                    }
                    next.merge(name, 1L, Long::sum);
                    if (inc.group(2) != null) {
                        // the increment returns the new value itself (one statement per id)
                        String var = "gb_id" + (++ids);
                        register(quote(String.valueOf(next.get(name) - 1)), var, literals, lockOf);
                        out.append("UPDATE g_key_generator SET g_next_id = g_next_id + 1 WHERE g_name = '").append(name)
                                .append("' RETURNING g_next_id - 1 AS ").append(var).append(" \\gset\n");
                        incremented = null;
                    } else {
                        incremented = name;
                        out.append(sql).append(";\n");
                    }
                } else if (read.matches() && read.group(1).equals(incremented)) {
                    String var = "gb_id" + (++ids);
                    register(quote(String.valueOf(next.get(incremented) - 1)), var, literals, lockOf);
                    out.append("SELECT g_next_id - 1 AS ").append(var).append(" FROM g_key_generator WHERE g_name = '")
                            .append(incremented).append("' \\gset\n");
                    incremented = null;
                } else if (ADVISORY.matcher(sql).matches() && at + 1 < request.size()
                        && perLoopIn(request.get(at + 1).literal(), lockOf).isPresent()) {
                    out.append("SELECT pg_advisory_xact_lock(:").append(perLoopIn(request.get(at + 1).literal(), lockOf).get())
                            .append(");\n");
                    incremented = null;
                } else {
                    out.append(substitute(sql, literals)).append(";\n");
                    incremented = null;
                }
            }
        }
        return new Script(out.toString(), ids);
    }

    /** Later literals equal to a captured id use its variable; two captured ids of one value are refused. */
    private static void register(String id, String var, Map<String, String> literals, Map<String, String> lockOf) {
        lockOf.put(id, var);
        if (literals.put(id, "':" + var + "'") != null) {
            throw new IllegalStateException("two captured values are both " + id + ": cannot tell which id a later "
                    + "statement uses");
        }
    }

    /** The variable of the first per-loop literal or captured id the statement uses, if any. */
    private static Optional<String> perLoopIn(String sql, Map<String, String> lockOf) {
        Matcher m = QUOTED.matcher(sql);
        while (m.find()) {
            if (lockOf.containsKey(m.group())) {
                return Optional.of(lockOf.get(m.group()));
            }
        }
        return Optional.empty();
    }

    private static String substitute(String sql, Map<String, String> literals) {
        Matcher m = QUOTED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(literals.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
