package gold.bench;

import gold.protocol.Request;
import gold.protocol.Row;

import java.util.List;
import java.util.UUID;

/**
 * The requests the server benchmark sends, as the g* commands would: Account Balance of a user
 * (gbalance --total -u), Job Charge of a job reserved just before (greserve then gcharge), Account
 * Deposit (gdeposit) and a User Query (glsuser). All act as the administrator on the fixture of
 * {@link Fixture}. Every request carries a fresh request key, as every g* request does (client Session):
 * a modifying request then takes the production write path, its key row written first and its reply
 * stored before the commit.
 */
public enum Operation {
    BALANCE("Balance"), CHARGE("Charge"), DEPOSIT("Deposit"), QUERY("Query"),
    /** Job Quote of the same job shape (scale table only). */
    QUOTE("Quote"),
    /** Job Reserve of a fresh job, left in place (scale table only). */
    RESERVE("Reserve");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unmeasured request that must precede the measured one (a Reserve before a Charge), if any. */
    public List<Request> preparation(String jobId, Fixture f) {
        return this == CHARGE ? List.of(job("Reserve", jobId, "3600", f)) : List.of();
    }

    /** The measured request. */
    public Request request(String jobId, Fixture f) {
        return switch (this) {
            case BALANCE -> keyed(Request.builder("Account", "Balance").actor(f.actor()).option("User", Fixture.USER));
            case CHARGE -> job("Charge", jobId, "1234", f);
            case DEPOSIT -> keyed(Request.builder("Account", "Deposit").actor(f.actor())
                    .option("Id", String.valueOf(f.account())).option("Amount", "1"));
            case QUERY -> keyed(Request.builder("User", "Query").actor(f.actor()).where("Name", Fixture.USER));
            case QUOTE -> job("Quote", jobId, "3600", f);
            case RESERVE -> job("Reserve", jobId, "3600", f);
        };
    }

    static Request job(String action, String jobId, String wall, Fixture f) {
        Row row = new Row.Builder("Job").put("JobId", jobId).put("ProjectId", Fixture.PROJECT).put("UserId", Fixture.USER)
                .put("MachineName", Fixture.MACHINE).put("Processors", "16").put("WallDuration", wall).build();
        return keyed(Request.builder("Job", action).actor(f.actor()).data(row));
    }

    private static Request keyed(Request.Builder b) {
        return b.requestKey(UUID.randomUUID().toString()).build();
    }
}
