package gold.server.bank;

/**
 * Time windows of allocations, reservations and quotations: active at t when start <= t < end
 * (half-open, docs/bank.md, Time windows and Refresh). 0 and 2147483647 are the classic -infinity/+infinity.
 */
public final class Window {
    /** The classic "infinity" end time. */
    public static final long INFINITY = 2147483647L;
    /** The classic "-infinity" start time. */
    public static final long NEG_INFINITY = 0L;

    private Window() {
    }

    public static boolean contains(long start, long end, long t) {
        return start <= t && t < end;
    }
}
