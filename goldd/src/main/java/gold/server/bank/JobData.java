package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Row;

import java.util.List;
import java.util.Set;

/**
 * The {@code /Data/Job} block of Quote, Reserve and Charge (docs/bank.md, Job data): its shape is
 * checked on construction, and job properties are read by element name (empty text = absent).
 */
public final class JobData {
    private static final List<String> UNSUPPORTED = List.of("JobGroup", "JobDefaults", "TaskGroup",
            "TaskGroupDefaults", "Requested", "Delivered", "Resource", "Extension");
    private final List<Row> rows;

    private JobData(List<Row> rows) {
        this.rows = rows;
    }

    /** Checks the data block in the documented order: 314 no data, 710 unsupported element, 314 job count. */
    public static JobData of(Request request) {
        List<Row> rows = request.data();
        if (rows.isEmpty()) {
            throw Code.REQUIRED.exception("Job data is required");
        }
        for (Row row : rows) {
            rejectUnsupported(row.name());
            for (Row.Field f : row.fields()) {
                rejectUnsupported(f.name());
            }
        }
        long jobs = rows.stream().filter(r -> r.name().equals("Job")).count();
        if (jobs == 0) {
            throw Code.REQUIRED.exception("At least one job must be specified");
        }
        if (jobs > 1) {
            throw Code.REQUIRED.exception("Only one job may be specified");
        }
        return new JobData(rows);
    }

    private static void rejectUnsupported(String name) {
        if (UNSUPPORTED.contains(name)) {
            throw Code.UNSUPPORTED_DATA.exception("The " + name + " element is not supported");
        }
    }

    /** The text of the first element with this name anywhere in the data, "" when absent or empty. */
    public String value(String name) {
        for (Row row : rows) {
            if (row.name().equals("Job")) {
                String v = row.get(name);
                if (v != null && !v.isEmpty()) {
                    return v;
                }
            }
        }
        for (Row row : rows) {
            String v = row.get(name);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    public boolean has(String name) {
        return !value(name).isEmpty();
    }

    /** The element names present in the job, in document order. */
    public List<String> names() {
        return rows.stream().filter(r -> r.name().equals("Job")).flatMap(r -> r.fields().stream())
                .filter(f -> !f.value().isEmpty()).map(Row.Field::name).distinct().toList();
    }

    /** Names the bank sets itself and never copies from the data into the job record. */
    static final Set<String> BANK_OWNED = Set.of("Id", "Charge", "Stage", "CallType");
}
