package gold.server.bank;

/** One non-deleted Reservation row: a hold named after the scheduler's job id, for Gold job {@code job}. */
public record Reservation(long id, String name, String job, String user, String project, String machine,
                          long start, long end, String callType) {

    public boolean activeAt(long t) {
        return Window.contains(start, end, t);
    }
}
