package gold.server.bank;

/** One non-deleted Quotation row: a saved price for Gold job {@code job}, usable {@code uses} more times in [start, end). */
public record Quotation(long id, double amount, long start, long end, String job, long uses, String callType) {

    /** Valid for an instant when uses remain and the instant lies in the window (bank-semantics.md 8.7, 8.8). */
    public boolean usableAt(long t) {
        return uses > 0 && Window.contains(start, end, t);
    }
}
