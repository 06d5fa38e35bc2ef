package gold.server.bank;

import gold.protocol.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;

/**
 * One client of the randomized model-based test. Client t owns accounts that only it uses (one
 * allocation each, reachable only through its user u_t and its projects p_t_k), so its model of
 * them is exact: the model decides whether each withdrawal, transfer and reservation from an owned
 * account must succeed or must be refused with 784, and what Account Balance must answer. Two
 * shared accounts (project "shared", any user) take the contention; operations on them are applied
 * to order-independent sums when the server says they succeeded, and checked by those sums.
 */
final class BankModelRun implements Runnable {
    static final int OWNED = 2;
    static final long[] SHARED = {1, 2};
    /** Credits deposited into every owned account and every shared account during set-up. */
    static final double OWNED_START = 300;
    static final double SHARED_START = 5000;

    /** The first owned account of client t (accounts 1 and 2 are the shared ones). */
    static long firstOwned(int thread) {
        return SHARED.length + 1 + (long) thread * OWNED;
    }

    static String project(int thread, int k) {
        return "p" + thread + "_" + k;
    }

    /** The exact model of one owned account: its single allocation's Amount and its live holds. */
    static final class Owned {
        double amount = OWNED_START;
        double reserved;

        double balance() {
            return amount - reserved;
        }
    }

    /** Sums over the shared accounts plus counters showing that both judged outcomes occurred. */
    static final class Shared {
        final DoubleAdder amount = new DoubleAdder();
        final DoubleAdder reserved = new DoubleAdder();
        final DoubleAdder jobCharges = new DoubleAdder();
        final AtomicLong operations = new AtomicLong();
        final AtomicLong judgedSuccesses = new AtomicLong();
        final AtomicLong judgedRefusals = new AtomicLong();
        final AtomicLong balanceChecks = new AtomicLong();

        Shared() {
            amount.add(SHARED_START * SHARED.length);
        }
    }

    /** A job this client placed: the account it is on (0 = shared), what it holds and was charged. */
    private static final class Placed {
        final long account;
        double held;
        double charged;

        Placed(long account) {
            this.account = account;
        }
    }

    private final BankGold gold;
    private final Shared shared;
    private final int thread;
    private final int operations;
    /** This client's accounts by id; read by the test after the run. */
    final Map<Long, Owned> owned = new LinkedHashMap<>();
    private final Map<String, Placed> reserved = new LinkedHashMap<>();
    private final List<String> refundable = new ArrayList<>();
    private final Map<String, Placed> charged = new LinkedHashMap<>();

    BankModelRun(BankGold gold, Shared shared, int thread, int operations) {
        this.gold = gold;
        this.shared = shared;
        this.thread = thread;
        this.operations = operations;
        for (int k = 0; k < OWNED; k++) {
            owned.put(firstOwned(thread) + k, new Owned());
        }
    }

    @Override
    public void run() {
        Random random = new Random(1000 + thread);
        for (int i = 0; i < operations; i++) {
            int k = random.nextInt(OWNED);
            long account = firstOwned(thread) + k;
            boolean onShared = random.nextInt(4) == 0;
            int amount = 1 + random.nextInt(200);
            String jobId = "T" + thread + "." + i;
            switch (random.nextInt(8)) {
                case 0 -> deposit(onShared ? SHARED[random.nextInt(SHARED.length)] : account, amount);
                case 1 -> withdraw(onShared ? SHARED[random.nextInt(SHARED.length)] : account, amount);
                case 2 -> transfer(random, onShared, account, amount);
                case 3 -> reserve(jobId, onShared ? 0 : account, k, 1 + random.nextInt(40));
                case 4, 5 -> charge(random, jobId, onShared ? 0 : account, k, 1 + random.nextInt(20));
                case 6 -> refund(random);
                default -> checkBalance(account, k, random.nextBoolean());
            }
            shared.operations.incrementAndGet();
        }
    }

    private void deposit(long account, int amount) {
        ok(gold.call(req("Account", "Deposit", "Id", String.valueOf(account), "Amount", String.valueOf(amount))),
                "deposit");
        if (owned.containsKey(account)) {
            owned.get(account).amount += amount;
        } else {
            shared.amount.add(amount);
        }
    }

    private void withdraw(long account, int amount) {
        Response r = gold.call(req("Account", "Withdraw", "Id", String.valueOf(account), "Amount",
                String.valueOf(amount)));
        Owned o = owned.get(account);
        if (o == null) {
            if (succeeded(r, "withdraw from shared " + account)) {
                shared.amount.add(-amount);
            }
            return;
        }
        if (judge(r, amount <= o.balance(), "withdraw " + amount + " from " + account + " holding " + o.balance())) {
            o.amount -= amount;
        }
    }

    /** Owned to owned or to shared (judged on the owned source), or shared to owned (not judged). */
    private void transfer(Random random, boolean fromShared, long account, int amount) {
        long other = firstOwned(thread) + (account - firstOwned(thread) + 1) % OWNED;
        long to = random.nextInt(3) == 0 ? SHARED[random.nextInt(SHARED.length)] : other;
        long from = fromShared ? SHARED[random.nextInt(SHARED.length)] : account;
        if (fromShared) {
            to = account;
        }
        Response r = gold.call(req("Account", "Transfer", "FromId", String.valueOf(from), "ToId", String.valueOf(to),
                "Amount", String.valueOf(amount)));
        Owned source = owned.get(from);
        boolean done = source == null ? succeeded(r, "transfer from shared " + from)
                : judge(r, amount <= source.balance(), "transfer " + amount + " from " + from + " holding "
                + source.balance());
        if (!done) {
            return;
        }
        if (source == null) {
            shared.amount.add(-amount);
        } else {
            source.amount -= amount;
        }
        if (owned.containsKey(to)) {
            owned.get(to).amount += amount;
        } else {
            shared.amount.add(amount);
        }
    }

    /** A reservation of {@code processors} credits; {@code account} 0 means on the shared project. */
    private void reserve(String jobId, long account, int k, int processors) {
        Response r = gold.call(job("Reserve", jobData(jobId, account, k, processors)));
        boolean done;
        if (account == 0) {
            done = succeeded(r, "reserve on shared");
        } else {
            Owned o = owned.get(account);
            done = judge(r, processors <= o.balance(), "reserve " + processors + " on " + account + " holding "
                    + o.balance());
        }
        if (!done) {
            return;
        }
        Placed p = new Placed(account);
        p.held = processors;
        reserved.put(jobId, p);
        hold(account, processors);
    }

    /** A charge never fails (it overdraws); half of them consume an earlier reservation of this client. */
    private void charge(Random random, String jobId, long account, int k, int processors) {
        Placed p;
        String target = jobId;
        if (!reserved.isEmpty() && random.nextBoolean()) {
            target = new ArrayList<>(reserved.keySet()).get(random.nextInt(reserved.size()));
            p = reserved.remove(target);
            hold(p.account, -p.held);
        } else {
            p = new Placed(account);
        }
        int owner = p.account == 0 ? 0 : (int) (p.account - firstOwned(thread));
        ok(gold.call(job("Charge", jobData(target, p.account, owner, processors))), "charge " + target);
        p.charged = processors;
        charged.put(target, p);
        refundable.add(target);
        debit(p.account, processors);
        shared.jobCharges.add(processors);
    }

    private void refund(Random random) {
        if (refundable.isEmpty()) {
            return;
        }
        String target = refundable.remove(random.nextInt(refundable.size()));
        Placed p = charged.get(target);
        Response r = gold.call(req("Job", "Refund", "JobId", target));
        ok(r, "refund " + target);
        if (r.count() != (long) p.charged) {
            throw new AssertionError("refund of " + target + " returned " + r.count() + ", charged " + p.charged);
        }
        debit(p.account, -p.charged);
        shared.jobCharges.add(-p.charged);
    }

    /** Account Balance of an owned account, by Id or by the user and project that reach only it. */
    private void checkBalance(long account, int k, boolean byId) {
        Response r = gold.call(byId ? req("Account", "Balance", "Id", String.valueOf(account))
                : req("Account", "Balance", "User", "u" + thread, "Project", project(thread, k)));
        ok(r, "balance");
        double expected = owned.get(account).balance();
        if (r.count() != (long) expected) {
            throw new AssertionError("balance of " + account + " is " + r.count() + ", the model says " + expected);
        }
        shared.balanceChecks.incrementAndGet();
    }

    private void hold(long account, double x) {
        if (account == 0) {
            shared.reserved.add(x);
        } else {
            owned.get(account).reserved += x;
        }
    }

    private void debit(long account, double x) {
        if (account == 0) {
            shared.amount.add(-x);
        } else {
            owned.get(account).amount -= x;
        }
    }

    /** Job data for user u_t on owned project p_t_k, or on project "shared" when {@code account} is 0. */
    private String[] jobData(String jobId, long account, int k, int processors) {
        return new String[] {"JobId", jobId, "UserId", "u" + thread, "ProjectId",
                account == 0 ? "shared" : project(thread, k), "MachineName", "m", "Processors",
                String.valueOf(processors), "WallDuration", "1"};
    }

    /** The model's verdict on an owned account: success when {@code mustSucceed}, else exactly 784. */
    private boolean judge(Response r, boolean mustSucceed, String what) {
        if (mustSucceed) {
            ok(r, what);
            shared.judgedSuccesses.incrementAndGet();
            return true;
        }
        if (!r.code().equals("784")) {
            throw new AssertionError(what + ": the model says 784, the server said " + r.code() + " " + r.message());
        }
        shared.judgedRefusals.incrementAndGet();
        return false;
    }

    private static void ok(Response r, String what) {
        if (!r.code().equals("000")) {
            throw new AssertionError(what + ": " + r.code() + " " + r.message());
        }
    }

    /** Shared accounts: success or 784 are both possible under contention, nothing else. */
    private static boolean succeeded(Response r, String what) {
        if (r.code().equals("784")) {
            return false;
        }
        ok(r, what);
        return true;
    }
}
