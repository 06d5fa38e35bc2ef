package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.GoldException;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The common start of Quote, Reserve and Charge (docs/bank.md, Job data): the checked job data, the
 * resolved user, project and machine (defaults, checks, autogen), the wall duration, and the job
 * fields ("JA") gathered so far.
 */
final class JobRequest {
    final JobData data;
    final JobFields ja;
    final String jobId;
    final String user;
    final String project;
    final String machine;
    final String wallDuration;
    final String callType;
    final List<String> jobAttributes;

    private JobRequest(JobData data, JobFields ja, String jobId, String user, String project, String machine, String wallDuration,
                       String callType, List<String> jobAttributes) {
        this.data = data;
        this.ja = ja;
        this.jobId = jobId;
        this.user = user;
        this.project = project;
        this.machine = machine;
        this.wallDuration = wallDuration;
        this.callType = callType;
        this.jobAttributes = jobAttributes;
    }

    /**
     * Resolves the job request; {@code fn} is "charge", "quote" or "reservation" as used in messages.
     * Quote does not require a JobId and says "for the reservation" in its wall-duration message (K15).
     */
    static JobRequest resolve(BankCall call, String fn) throws SQLException {
        JobData data = JobData.of(call.request);
        String callType = jobCallType(call.option("CallType"));
        JobFields ja = new JobFields();
        String jobId = data.value("JobId");
        if (jobId.isEmpty() && !fn.equals("quote")) {
            throw Code.REQUIRED.exception("A job id must be specified for the " + fn);
        }
        if (!jobId.isEmpty()) {
            ja.put("JobId", jobId);
        }
        String user = overridden(call, callType, data.value("UserId"), "User");
        if (user.isEmpty()) {
            user = usable(call.config.userDefault());
        }
        if (user.isEmpty()) {
            throw Code.REQUIRED.exception("A user must be specified for the " + fn);
        }
        Entity userRow = checked(call, Entity.Kind.USER, user);
        ja.put("User", user);
        String project = overridden(call, callType, data.value("ProjectId"), "Project");
        if (project.isEmpty()) {
            project = userRow.defaultProject();
        }
        if (project.isEmpty()) {
            project = usable(call.config.projectDefault());
        }
        if (project.isEmpty()) {
            throw Code.REQUIRED.exception("A project must be specified for the " + fn
                    + "\nor a default project must exist for the user");
        }
        checked(call, Entity.Kind.PROJECT, project);
        ja.put("Project", project);
        String machine = overridden(call, callType, data.value("MachineName"), "Machine");
        if (machine.isEmpty()) {
            machine = usable(call.config.machineDefault());
        }
        if (machine.isEmpty()) {
            throw Code.REQUIRED.exception("A machine must be specified for the " + fn);
        }
        checked(call, Entity.Kind.MACHINE, machine);
        ja.put("Machine", machine);
        String wall = data.value("WallDuration");
        if (wall.isEmpty()) {
            throw Code.REQUIRED.exception("A wall duration must be specified for the "
                    + (fn.equals("quote") ? "reservation" : fn));
        }
        ja.put("WallDuration", wall);
        if (!wall.matches("\\d+")) {
            throw Code.REQUIRED.exception("The wall duration must be an integer number of seconds");
        }
        return new JobRequest(data, ja, jobId, user, project, machine, wall, callType, call.store.jobAttributes());
    }

    /** The job functions map a missing or unknown CallType to Normal. */
    private static String jobCallType(String v) {
        return v.equals("Back") || v.equals("Forward") ? v : "Normal";
    }

    private static String overridden(BankCall call, String callType, String value, String what) {
        if (callType.equals("Back") && !call.option("Back" + what).isEmpty()) {
            return call.option("Back" + what);
        }
        if (callType.equals("Forward") && !call.option("Forward" + what).isEmpty()) {
            return call.option("Forward" + what);
        }
        return value;
    }

    private static String usable(String dflt) {
        return dflt == null || dflt.equals("NONE") ? "" : dflt;
    }

    /** 740 unless the entity exists, is active and not special; autogen creates a missing one. */
    private static Entity checked(BankCall call, Entity.Kind kind, String name) throws SQLException {
        Optional<Entity> e = call.store.entity(kind, name);
        if (e.isEmpty()) {
            if (!call.config.autogen(kind)) {
                throw Code.FAILED.exception(kind.object() + " " + name + " does not exist");
            }
            try {
                call.store.create(kind.object(), List.of(Assignment.of("Name", name),
                        Assignment.of("Description", "Auto-Generated")));
            } catch (GoldException ex) {
                throw ex.prefixed("Unable to create " + kind.object().toLowerCase(Locale.ROOT) + ": ");
            }
            return new Entity(kind, name, true, false, "");
        }
        if (!e.get().active()) {
            throw Code.FAILED.exception(kind.object() + " " + name + " is not active");
        }
        if (e.get().special()) {
            throw Code.FAILED.exception(kind.object() + " " + name + " is special");
        }
        return e.get();
    }

    /** Adds every remaining Job attribute present in the data (Sequence order) to JA. */
    void addRemainingAttributes() {
        for (String attribute : jobAttributes) {
            if (!JobData.BANK_OWNED.contains(attribute) && !ja.has(attribute) && data.has(attribute)) {
                ja.put(attribute, data.value(attribute));
            }
        }
    }

    Set<String> jobAttributeSet() {
        return new HashSet<>(jobAttributes);
    }

    /** The charge: the external {@code Charge} element if present, else computed from the rates. */
    ChargeCalculator.Result charge(BankCall call, ChargeRates rates) {
        String external = data.value("Charge");
        if (!external.isEmpty()) {
            return ChargeCalculator.external(external, call.option("ItemizedCharges"));
        }
        return ChargeCalculator.compute(rates, data, wallDuration, ja, jobAttributeSet());
    }
}
