package gold.bench;

/**
 * The outcome of one load phase: which request, database, suite and concurrency, how many succeeded
 * and failed in the measured window, their latencies, and what the server trees used meanwhile
 * (goldd: master + workers; the database: postmaster + backends, or nothing for embedded SQLite; the
 * load generator's own JVM). {@code pairs} times a request together with its unmeasured preparation
 * (Reserve + Charge), the unit the pgbench ceiling replays; for a request without one it is {@code latencies}.
 */
public record Cell(String database, Operation op, Suite suite, int clients, double seconds, int failures,
                   String firstFailure, Latencies latencies, Latencies pairs, double goldCpuSeconds, double goldRssMiB,
                   double dbCpuSeconds, double loadCpuSeconds) {

    public double perSecond() {
        return seconds <= 0 ? 0 : latencies.count() / seconds;
    }

    /** Preparation + request pairs that started and finished in the measured window, per second. */
    public double pairsPerSecond() {
        return seconds <= 0 ? 0 : pairs.count() / seconds;
    }

    /** Server CPU as a percentage of one core over the measured window. */
    public double goldCpuPercent() {
        return seconds <= 0 ? 0 : 100 * goldCpuSeconds / seconds;
    }

    /** goldd CPU milliseconds per counted request (a Charge's Reserve included, since it is not counted). */
    public double goldCpuMillisPerRequest() {
        return latencies.count() == 0 ? 0 : 1000 * goldCpuSeconds / latencies.count();
    }

    public double loadCpuPercent() {
        return seconds <= 0 ? 0 : 100 * loadCpuSeconds / seconds;
    }

    public double dbCpuPercent() {
        return seconds <= 0 ? 0 : 100 * dbCpuSeconds / seconds;
    }
}
