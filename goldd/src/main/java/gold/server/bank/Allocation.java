package gold.server.bank;

/**
 * One non-deleted Allocation row as the bank reads it: credits of one account valid in the half-open
 * window [start, end) (docs/bank.md, Vocabulary). {@code active} is the cached flag Refresh maintains;
 * computations use {@link #activeAt} instead.
 */
public record Allocation(long id, long account, long start, long end, double amount, double creditLimit,
                         double deposited, boolean active, String callType) {

    public boolean activeAt(long t) {
        return Window.contains(start, end, t);
    }
}
