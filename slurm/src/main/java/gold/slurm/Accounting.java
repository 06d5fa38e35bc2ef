package gold.slurm;

import gold.protocol.Request;
import gold.protocol.Row;

/** The Gold side of a job's life: quote, reserve, charge, release; one request each, with its key. */
public final class Accounting {
    private final Gold gold;
    private final JobMapping map;

    public Accounting(Gold gold, JobMapping map) {
        this.gold = gold;
        this.map = map;
    }

    public JobMapping mapping() {
        return map;
    }

    /** Job Quote for the job's time limit (nothing is stored, so no key). */
    public Gold.Outcome quote(SlurmJob job) {
        Row.Builder datum = map.datum(job, map.reservedSeconds(job));
        return gold.send(Request.builder("Job", "Quote").data(datum.build()), null);
    }

    /** Job Reserve of the maximum cost (time limit), replacing a reservation left by an earlier run. */
    public Gold.Outcome reserve(SlurmJob job) {
        Row.Builder datum = map.datum(job, map.reservedSeconds(job));
        return gold.send(Request.builder("Job", "Reserve").option("Replace", "True").data(datum.build()),
                map.key(job, "reserve"));
    }

    /** Job Charge of the time the run used, with its window and state; removes the job's reservations. */
    public Gold.Outcome charge(SlurmJob job) {
        Row.Builder datum = map.datum(job, job.elapsed());
        datum.put("StartTime", Long.toString(job.start())).put("EndTime", Long.toString(job.end()));
        if (!job.baseState().isEmpty()) {
            datum.put("State", job.baseState());
        }
        if (!job.partition().isEmpty()) {
            datum.put("Queue", job.partition());
        }
        return gold.send(Request.builder("Job", "Charge").data(datum.build()), map.key(job, "charge"));
    }

    /** Removes the job's reservations without charging (refund policy, or a run that never started). */
    public Gold.Outcome release(SlurmJob job) {
        return gold.send(Request.builder("Reservation", "Delete").where("Name", map.goldJobId(job)),
                map.key(job, "release"));
    }

    /** Settles an ended run per its state and the site's policies. */
    public Gold.Outcome settle(SlurmJob job, Settlement how) {
        return how == Settlement.CHARGE ? charge(job) : release(job);
    }

    /** Whether Gold already holds a charge of this run (same job id and start); false when it cannot tell. */
    public boolean charged(SlurmJob job) {
        Gold.Outcome o = gold.send(Request.builder("Job", "Query").get("Id")
                .where("JobId", map.goldJobId(job)).where("Stage", "Charge")
                .where("StartTime", Long.toString(job.start())), null);
        return o.ok() && !o.response().data().isEmpty();
    }
}
