package gold.server.bank;

/** A Job row at Stage Charge, as Refund reads it; {@code charge} is 0 when the column is NULL. */
public record ChargedJob(long id, String jobId, String user, String project, String machine, double charge) {
}
