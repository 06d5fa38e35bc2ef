package gold.server.bank;

/** One non-deleted Quotation row: a saved price for Gold job {@code job}, usable {@code uses} more times in [start, end). */
public record Quotation(long id, double amount, long start, long end, String job, long uses, String callType) {

    /** Valid for an instant when uses remain and the instant lies in the window (docs/bank.md, Reserve). */
    public boolean usableAt(long t) {
        return uses > 0 && Window.contains(start, end, t);
    }
}
