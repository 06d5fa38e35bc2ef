package gold.bench;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one cell: N client threads, each with its own {@link GoldClient}, send the operation back to
 * back for a warm-up and then for a bounded measured window. Only requests that start and finish in
 * the window count; a failed reply counts as a failure, not a latency.
 */
public final class LoadRunner {
    private static final AtomicLong JOBS = new AtomicLong();
    private final GoldInstall gold;
    private final Fixture fixture;
    private final String database;
    private final long dbPid;

    public LoadRunner(GoldInstall gold, Fixture fixture, String database, long dbPid) {
        this.gold = gold;
        this.fixture = fixture;
        this.database = database;
        this.dbPid = dbPid;
    }

    public Cell run(Operation op, Suite suite, int clients, double warmupSeconds, double seconds)
            throws IOException, InterruptedException {
        return run(op, suite, clients, warmupSeconds, seconds, 0, seconds);
    }

    /**
     * A cell that measures for {@code seconds} and then on until each client has {@code minSamples}
     * latencies, but never past {@code maxSeconds}; its window is the time it really measured.
     */
    public Cell run(Operation op, Suite suite, int clients, double warmupSeconds, double seconds, int minSamples,
                    double maxSeconds) throws IOException, InterruptedException {
        long goldPid = gold.masterPid();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        long hardTo = measureFrom + (long) (Math.max(seconds, maxSeconds) * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Worker>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker w = new Worker(gold.client(suite), op, measureFrom, measureTo, hardTo, minSamples);
            futures.add(pool.submit(() -> w.loop()));
        }
        sleepUntil(measureFrom);
        Procs.Sample gold0 = Procs.sample(goldPid);
        Procs.Sample db0 = dbPid > 0 ? Procs.sample(dbPid) : new Procs.Sample(0, 0, 0);
        Procs.Sample self0 = Procs.sample(ProcessHandle.current().pid());
        sleepUntil(measureTo);
        if (minSamples > 0) {
            for (Future<Worker> f : futures) {
                try {
                    f.get(); // a worker stops once it has its samples, or at the hard limit
                } catch (ExecutionException e) {
                    break; // reported below
                }
            }
        }
        double window = minSamples > 0 ? (System.nanoTime() - measureFrom) / 1e9 : seconds;
        Procs.Sample gold1 = Procs.sample(goldPid);
        Procs.Sample db1 = dbPid > 0 ? Procs.sample(dbPid) : new Procs.Sample(0, 0, 0);
        Procs.Sample self1 = Procs.sample(ProcessHandle.current().pid());
        Latencies all = new Latencies();
        Latencies pairs = new Latencies();
        int failures = 0;
        String first = "";
        try {
            for (Future<Worker> f : futures) {
                Worker w = f.get();
                all.addAll(w.latencies);
                pairs.addAll(w.pairs);
                failures += w.failures;
                if (first.isEmpty()) {
                    first = w.firstFailure;
                }
            }
        } catch (ExecutionException e) {
            throw new IOException("load client crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Cell(database, op, suite, clients, window, failures, first, all,
                op.preparation("", fixture).isEmpty() ? all : pairs,
                gold1.cpuSeconds() - gold0.cpuSeconds(), Math.max(gold0.rssMiB(), gold1.rssMiB()),
                db1.cpuSeconds() - db0.cpuSeconds(), self1.cpuSeconds() - self0.cpuSeconds());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** One load client's loop and its private results. */
    private final class Worker {
        private final GoldClient client;
        private final Operation op;
        private final long from;
        private final long to;
        private final long hardTo;
        private final int minSamples;
        private final Latencies latencies = new Latencies();
        private final Latencies pairs = new Latencies();
        private int failures;
        private String firstFailure = "";

        Worker(GoldClient client, Operation op, long from, long to, long hardTo, int minSamples) {
            this.client = client;
            this.op = op;
            this.from = from;
            this.to = to;
            this.hardTo = hardTo;
            this.minSamples = minSamples;
        }

        private boolean more() {
            long now = System.nanoTime();
            return now < hardTo && (now < to || latencies.count() < minSamples);
        }

        Worker loop() {
            while (more()) {
                String jobId = "bench." + JOBS.incrementAndGet();
                long p0 = System.nanoTime();
                boolean prepared = true;
                for (Request prep : op.preparation(jobId, fixture)) {
                    prepared &= check(client.send(prep), false);
                }
                Request r = op.request(jobId, fixture);
                long t0 = System.nanoTime();
                Response response = client.send(r);
                long t1 = System.nanoTime();
                if (t0 >= from && t1 <= hardTo) {
                    if (check(response, true)) {
                        latencies.add(t1 - t0);
                    }
                }
                if (p0 >= from && t1 <= hardTo && prepared && !response.isFailure()) {
                    pairs.add(t1 - p0);
                }
            }
            return this;
        }

        private boolean check(Response r, boolean measured) {
            if (!r.isFailure()) {
                return true;
            }
            if (measured) {
                failures++;
            }
            if (firstFailure.isEmpty()) {
                firstFailure = r.code() + " " + r.message();
            }
            return false;
        }
    }
}
