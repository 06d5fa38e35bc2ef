package gold.t.faults;

import gold.t.Installation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * N concurrent client loops running the built g* commands of the primary installation (whose
 * gold.conf names the backup): charges of unique job ids, deposits, transfers and balance reads, in
 * turn. Each operation gets a fresh request key; while its outcome is unknown (exit 25) or no server
 * could act (22, 73) it is re-run with the same key, as a scheduler would, until it is settled or
 * {@link #SETTLE} has passed. Modifying commands run with {@code --verbose}, so an operation's last
 * output says whether the backup answered. Bounded: {@link #stop()} ends the loops after their
 * current operation.
 */
final class Workload implements AutoCloseable {
    static final long CHARGE = 10;
    static final long DEPOSIT = 5;
    static final long TRANSFER = 3;
    static final Duration SETTLE = Duration.ofSeconds(75);
    /** Starts every request key of an operation, so a pause point can be armed for them alone. */
    static final String KEY_PREFIX = "ft-key-";

    private final Installation gold;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Operation> done = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> loops = new ArrayList<>();

    private final String tagPrefix;

    private Workload(Installation gold, String tagPrefix) {
        this.gold = gold;
        this.tagPrefix = tagPrefix;
    }

    /** The bank the loops work on: user amy, machine colony, projects biology (account 1) and chemistry (2). */
    static void setUpBank(Installation gold) throws Exception {
        for (String[] cmd : new String[][] {{"gmkuser", "amy"}, {"gmkmachine", "colony"},
                {"gmkproject", "-u", "amy", "biology"}, {"gmkproject", "-u", "amy", "chemistry"},
                {"gdeposit", "-a", "1", "1000000"}, {"gdeposit", "-a", "2", "1000000"}}) {
            Installation.Result r = gold.run(cmd[0], Arrays.copyOfRange(cmd, 1, cmd.length));
            if (r.exit() != 0) {
                throw new AssertionError(String.join(" ", cmd) + " failed: " + r);
            }
        }
    }

    static final long INITIAL = 2_000_000;

    static Workload start(Installation gold, int loops) {
        return start(gold, loops, "ft-");
    }

    /** Loops whose operation tags start with {@code tagPrefix} (itself starting with "ft-", which the audit reads). */
    static Workload start(Installation gold, int loops, String tagPrefix) {
        Workload w = new Workload(gold, tagPrefix);
        for (int i = 0; i < loops; i++) {
            int loop = i;
            w.loops.add(Thread.ofPlatform().name("client-loop-" + i).start(() -> w.run(loop)));
        }
        return w;
    }

    private void run(int loop) {
        for (int seq = 0; running.get(); seq++) {
            Operation.Kind kind = Operation.Kind.values()[(seq + loop) % Operation.Kind.values().length];
            done.add(perform(kind, tagPrefix + "L" + loop + "-" + seq, 1 + (seq / 4 + loop) % 2));
        }
    }

    private Operation perform(Operation.Kind kind, String tag, int account) {
        String key = KEY_PREFIX + UUID.randomUUID();
        List<String> cmd = new ArrayList<>(Operation.command(kind, tag, account));
        if (kind.audited()) {
            // gbalance is a read and takes no key; --verbose names a backup that answered
            cmd.add(1, "--request-key");
            cmd.add(2, key);
            cmd.add(3, "--verbose");
        }
        long until = System.nanoTime() + SETTLE.toNanos();
        int unknown = 0;
        int attempts = 0;
        int unavailable = 0;
        long longest = 0;
        String last = "";
        while (true) {
            attempts++;
            long begin = System.nanoTime();
            int exit;
            try {
                Installation.Result r = gold.run(cmd.get(0), cmd.subList(1, cmd.size()).toArray(String[]::new));
                exit = r.exit();
                last = r.stdout() + r.stderr();
            } catch (Exception e) {
                exit = -1;
                last = e.toString();
            }
            long end = System.nanoTime();
            longest = Math.max(longest, end - begin);
            if (exit == 0) {
                return new Operation(kind, tag, key, account, Operation.Outcome.ACKNOWLEDGED, unknown, attempts,
                        begin, end, last, unavailable, longest);
            }
            if (exit == 25 || exit == -1) {
                unknown++;
            } else if (exit == 22 || exit == 73) {
                unavailable++;
            } else {
                // a definitive reply comes from a server that looked the key up: the operation is absent
                return new Operation(kind, tag, key, account, Operation.Outcome.FAILED, unknown, attempts, 0, 0, last,
                        unavailable, longest);
            }
            if (System.nanoTime() > until) {
                Operation.Outcome outcome = unknown > 0 ? Operation.Outcome.UNSETTLED : Operation.Outcome.FAILED;
                return new Operation(kind, tag, key, account, outcome, unknown, attempts, 0, 0, last, unavailable,
                        longest);
            }
            pause(250);
        }
    }

    /** Ends the loops after their current operation (each bounded by {@link #SETTLE}) and returns every operation. */
    List<Operation> stop() throws InterruptedException {
        running.set(false);
        for (Thread t : loops) {
            t.join(SETTLE.plusSeconds(60).toMillis());
        }
        synchronized (done) {
            return List.copyOf(done);
        }
    }

    /** Operations finished so far. */
    List<Operation> soFar() {
        synchronized (done) {
            return List.copyOf(done);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : loops) {
            t.join(SETTLE.plusSeconds(60).toMillis());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("client loop interrupted", e);
        }
    }
}
