package gold.bench;

import java.util.Arrays;

/**
 * Latencies of one measured phase, in nanoseconds, kept exactly (a phase of a few seconds holds at
 * most a few hundred thousand samples) so percentiles are nearest-rank values of real requests, not
 * bucket estimates. Not thread-safe: each load client records into its own and they are merged.
 */
public final class Latencies {
    private long[] samples = new long[1024];
    private int size;
    private boolean sorted = true;

    /** Records one request's duration. */
    public void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
        sorted = false;
    }

    /** Adds every sample of another recorder (the per-client recorders of one phase). */
    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    public int count() {
        return size;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest sample with at least p percent of the
     * samples at or below it; 0 when there are no samples.
     */
    public double percentileMillis(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        if (size == 0) {
            return 0;
        }
        sort();
        int rank = (int) Math.ceil(p / 100.0 * size);
        return samples[Math.max(rank, 1) - 1] / 1e6;
    }

    public double maxMillis() {
        return size == 0 ? 0 : percentileMillis(100);
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double minMillis() {
        if (size == 0) {
            return 0;
        }
        sort();
        return samples[0] / 1e6;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(samples, 0, size);
            sorted = true;
        }
    }
}
