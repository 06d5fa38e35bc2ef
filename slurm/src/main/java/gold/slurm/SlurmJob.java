package gold.slurm;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a Slurm job as Gold needs it, read from {@code scontrol -o show job} or a
 * {@code jobcomp/filetxt} line (both are {@code Key=Value} words on one line). Times are epoch seconds,
 * -1 when Slurm has none; the time limit is in seconds, -1 when unlimited or not given.
 */
public record SlurmJob(String cluster, String jobId, String user, String account, String partition, String qos,
        String wckey, int cpus, int nodes, long memoryMb, int gpus, long timeLimit, long start, long end,
        String state, String exitCode, int restarts) {

    private static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z0-9_/:]*)=");

    /** The {@code Key=Value} words of a line; a value runs up to the next word that looks like a key. */
    static Map<String, String> fields(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = KEY.matcher(line);
        String key = null;
        int valueStart = 0;
        while (m.find()) {
            if (key != null) {
                out.putIfAbsent(key, line.substring(valueStart, m.start()).trim());
            }
            key = m.group(1);
            valueStart = m.end();
        }
        if (key != null) {
            out.putIfAbsent(key, line.substring(valueStart).trim());
        }
        return out;
    }

    /** A job as {@code scontrol -o show job} prints it (TimeLimit as [days-]hh:mm:ss, NumCPUs, TRES). */
    static SlurmJob fromScontrol(String cluster, String line, ZoneId zone) {
        Map<String, String> f = fields(line);
        Map<String, String> tres = tres(f.getOrDefault("TRES", f.getOrDefault("AllocTRES", "")));
        return new SlurmJob(cluster, f.getOrDefault("JobId", ""), name(f.get("UserId")), clean(f.get("Account")),
                clean(f.get("Partition")), clean(f.get("QOS")), clean(f.get("WCKey")),
                integer(f.get("NumCPUs"), integer(tres.get("cpu"), 0)), integer(f.get("NumNodes"), integer(tres.get("node"), 0)),
                megabytes(tres.get("mem")), gpus(tres), clockLimit(f.get("TimeLimit")), time(f.get("StartTime"), zone),
                time(f.get("EndTime"), zone), clean(f.get("JobState")), clean(f.get("ExitCode")),
                integer(f.get("Restarts"), 0));
    }

    /** A job as the jobcomp/filetxt plugin writes it (TimeLimit in minutes, ProcCnt, NodeCnt, Tres). */
    static SlurmJob fromJobcomp(String cluster, String line, ZoneId zone) {
        Map<String, String> f = fields(line);
        Map<String, String> tres = tres(f.getOrDefault("Tres", ""));
        String limit = f.getOrDefault("TimeLimit", "");
        long limitSeconds = limit.matches("\\d+") ? Long.parseLong(limit) * 60 : clockLimit(limit);
        return new SlurmJob(cluster, f.getOrDefault("JobId", ""), name(f.get("UserId")), clean(f.get("Account")),
                clean(f.get("Partition")), clean(f.get("QOS")), clean(f.get("WcKey")),
                integer(f.get("ProcCnt"), integer(tres.get("cpu"), 0)), integer(f.get("NodeCnt"), integer(tres.get("node"), 0)),
                megabytes(tres.get("mem")), gpus(tres), limitSeconds, time(f.get("StartTime"), zone),
                time(f.get("EndTime"), zone), clean(f.get("JobState")), clean(f.get("ExitCode")), -1);
    }

    /** Seconds the job ran: end − start, 0 when it never started. */
    public long elapsed() {
        return start < 0 || end < start ? 0 : end - start;
    }

    public boolean started() {
        return start > 0;
    }

    /** The job's base state ("CANCELLED by 0" → CANCELLED). */
    public String baseState() {
        int space = state.indexOf(' ');
        return space < 0 ? state : state.substring(0, space);
    }

    SlurmJob withState(String finalState) {
        return new SlurmJob(cluster, jobId, user, account, partition, qos, wckey, cpus, nodes, memoryMb, gpus, timeLimit,
                start, end, finalState, exitCode, restarts);
    }

    SlurmJob withCluster(String name) {
        return new SlurmJob(name, jobId, user, account, partition, qos, wckey, cpus, nodes, memoryMb, gpus, timeLimit,
                start, end, state, exitCode, restarts);
    }

    /** "name(uid)" → name. */
    private static String name(String userId) {
        String u = clean(userId);
        int paren = u.indexOf('(');
        return paren < 0 ? u : u.substring(0, paren);
    }

    private static String clean(String v) {
        if (v == null || v.equals("(null)") || v.equals("N/A")) {
            return "";
        }
        return v;
    }

    private static int integer(String v, int otherwise) {
        if (v == null || !v.matches("\\d+")) {
            return otherwise;
        }
        return Integer.parseInt(v);
    }

    static Map<String, String> tres(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                out.put(item.substring(0, eq), item.substring(eq + 1));
            }
        }
        return out;
    }

    private static int gpus(Map<String, String> tres) {
        int total = 0;
        for (Map.Entry<String, String> e : tres.entrySet()) {
            if (e.getKey().equals("gres/gpu") || (e.getKey().startsWith("gres/gpu:") && !tres.containsKey("gres/gpu"))) {
                total += integer(e.getValue(), 0);
            }
        }
        return total;
    }

    /** "1000M", "4G", "2T", "512K" (Slurm's units, powers of 1024) → megabytes; 0 when absent. */
    static long megabytes(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGTP]?)").matcher(v);
        if (!m.matches()) {
            return 0;
        }
        double n = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2)) {
            case "K" -> 1.0 / 1024;
            case "G" -> 1024;
            case "T" -> 1024 * 1024;
            case "P" -> 1024.0 * 1024 * 1024;
            default -> 1;
        };
        return Math.round(n * factor);
    }

    /** Slurm's [days-]hours:minutes:seconds (also minutes, minutes:seconds); UNLIMITED and others → -1. */
    static long clockLimit(String v) {
        if (v == null) {
            return -1;
        }
        Matcher m = Pattern.compile("(?:(\\d+)-)?(\\d+)(?::(\\d+))?(?::(\\d+))?").matcher(v);
        if (!m.matches()) {
            return -1;
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long a = Long.parseLong(m.group(2));
        if (m.group(3) == null) { // minutes only (or days-hours)
            return m.group(1) == null ? a * 60 : days * 86400 + a * 3600;
        }
        long b = Long.parseLong(m.group(3));
        if (m.group(4) == null) { // minutes:seconds, or days-hours:minutes
            return m.group(1) == null ? a * 60 + b : days * 86400 + a * 3600 + b * 60;
        }
        return days * 86400 + a * 3600 + b * 60 + Long.parseLong(m.group(4));
    }

    /** Slurm's local ISO time (2026-12-07T05:16:57) → epoch seconds; Unknown/None → -1. */
    static long time(String v, ZoneId zone) {
        if (v == null || !v.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d")) {
            return -1;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toEpochSecond();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
