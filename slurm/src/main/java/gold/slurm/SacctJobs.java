package gold.slurm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ended runs from {@code sacct --json} (slurmdbd's records). Slurm 22.05 writes plain numbers and
 * strings (time.limit in minutes, state.current a word); later releases wrap numbers as
 * {@code {"set":…,"infinite":…,"number":…}} and state.current as a list: both are read. A record
 * without an end time (still running, or slurmdbd not told yet) is left for a later sync.
 */
final class SacctJobs {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Slurm's "not set" (4294967294); 4294967295 is INFINITE: both mean no limit. */
    private static final long NO_VAL = 4294967294L;

    private SacctJobs() {
    }

    /** The ended runs of the output, oldest end first; {@code cluster} for records that name none. */
    static List<SlurmJob> parse(String json, String cluster) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode jobs = root == null ? null : root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new IOException("sacct --json: no jobs array in its output");
        }
        List<SlurmJob> out = new ArrayList<>();
        for (JsonNode j : jobs) {
            SlurmJob job = job(j, cluster);
            if (job != null) {
                out.add(job);
            }
        }
        out.sort(Comparator.comparingLong(SlurmJob::end));
        return out;
    }

    /** One record as the jobcomp path would read it, or null when it has no job id or no end yet. */
    static SlurmJob job(JsonNode j, String cluster) {
        long jobId = number(j.path("job_id"), -1);
        JsonNode time = j.path("time");
        long start = number(time.path("start"), -1);
        long end = number(time.path("end"), -1);
        if (jobId < 0 || end <= 0) {
            return null;
        }
        long limitMinutes = number(time.path("limit"), -1);
        long cpus = tres(j, "cpu", "", number(j.path("required").path("CPUs"), 0));
        long nodes = tres(j, "node", "", number(j.path("allocation_nodes"), 0));
        JsonNode wckey = j.path("wckey");
        String state = text(j.path("state").path("current"));
        String recordCluster = text(j.path("cluster"));
        return new SlurmJob(recordCluster.isEmpty() ? cluster : recordCluster, Long.toString(jobId), text(j.path("user")),
                text(j.path("account")), text(j.path("partition")), text(j.path("qos")),
                wckey.isObject() ? text(wckey.path("wckey")) : text(wckey), (int) cpus, (int) nodes,
                tres(j, "mem", "", 0), (int) tres(j, "gres", "gpu", 0), limitMinutes > 0 && limitMinutes < NO_VAL ? limitMinutes * 60 : -1,
                start > 0 ? start : -1, end, state, exitCode(j.path("exit_code")), (int) number(j.path("restart_cnt"), -1));
    }

    /** The count of an allocated TRES (type, and name for gres), else {@code otherwise}. */
    private static long tres(JsonNode j, String type, String name, long otherwise) {
        for (JsonNode t : j.path("tres").path("allocated")) {
            if (type.equals(text(t.path("type"))) && name.equals(text(t.path("name")))) {
                return number(t.path("count"), otherwise);
            }
        }
        return otherwise;
    }

    /** "return code:signal", as the jobcomp record writes it. */
    private static String exitCode(JsonNode e) {
        if (e.isMissingNode() || e.isNull()) {
            return "";
        }
        long rc = number(e.path("return_code"), 0);
        long signal = number(e.path("signal").path("signal_id"), 0);
        return rc + ":" + Math.max(signal, 0);
    }

    /** A plain number, or the {@code {"set":true,"infinite":false,"number":N}} of newer releases; unset/infinite → otherwise. */
    static long number(JsonNode n, long otherwise) {
        if (n.isObject()) {
            if (!n.path("set").asBoolean(true) || n.path("infinite").asBoolean(false)) {
                return otherwise;
            }
            return number(n.path("number"), otherwise);
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().matches("\\d+")) {
            return Long.parseLong(n.asText());
        }
        return otherwise;
    }

    /** A string, or the first word of a list (state.current of newer releases); "" when absent. */
    private static String text(JsonNode n) {
        if (n.isArray()) {
            return n.isEmpty() ? "" : text(n.get(0));
        }
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }
}
