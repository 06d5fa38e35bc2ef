package gold.protocol.client;

/**
 * The pause before sending a request round the servers again while their database is unavailable:
 * 250 ms, doubling up to 2 s, of which a random half is taken off (so clients refused together spread
 * out). Two seconds is about Patroni's loop_wait: a client learns of the new primary within one
 * loop of it becoming writable, without hammering goldd meanwhile.
 */
final class FailoverBackoff {
    static final long FIRST_NANOS = 250_000_000L;
    static final long CAP_NANOS = 2_000_000_000L;

    private FailoverBackoff() {
    }

    /** The pause before the retry numbered {@code retry} (0 first), {@code random} in [0, 1). */
    static long pauseNanos(int retry, double random) {
        long ceiling = retry >= 4 ? CAP_NANOS : Math.min(CAP_NANOS, FIRST_NANOS << retry);
        return ceiling / 2 + (long) (ceiling / 2 * Math.min(Math.max(random, 0), 1));
    }
}
