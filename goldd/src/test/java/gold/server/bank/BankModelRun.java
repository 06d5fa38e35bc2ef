package gold.server.bank;

import gold.protocol.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

import static gold.server.bank.BankGold.job;
import static gold.server.bank.BankGold.req;

/**
 * One thread of the randomized model-based test: random deposits, withdrawals, transfers, reserves,
 * charges and refunds over three accounts (account i is used only by user u_i), each applied to an
 * independent model only when the server says it succeeded. The model keeps order-independent sums,
 * so the threads' interleaving does not matter.
 */
final class BankModelRun implements Runnable {
    static final int ACCOUNTS = 3;
    /** Credits deposited into each account during set-up. */
    static final double START = 100000;

    /** The shared model: per-account credits, job charges, holds of reserved-but-uncharged jobs. */
    static final class Model {
        final Map<Long, DoubleAdder> credits = new ConcurrentHashMap<>();
        final DoubleAdder jobCharges = new DoubleAdder();
        final DoubleAdder held = new DoubleAdder();
        final AtomicLong operations = new AtomicLong();

        Model() {
            for (long a = 1; a <= ACCOUNTS; a++) {
                DoubleAdder d = new DoubleAdder();
                d.add(START);
                credits.put(a, d);
            }
        }
    }

    private final BankGold gold;
    private final Model model;
    private final int thread;
    private final int operations;

    BankModelRun(BankGold gold, Model model, int thread, int operations) {
        this.gold = gold;
        this.model = model;
        this.thread = thread;
        this.operations = operations;
    }

    @Override
    public void run() {
        Random random = new Random(1000 + thread);
        Map<String, Integer> reserved = new HashMap<>();
        Map<String, Long> reservedBy = new HashMap<>();
        Map<String, long[]> charged = new HashMap<>();
        List<String> refundable = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            long account = 1 + random.nextInt(ACCOUNTS);
            int amount = 1 + random.nextInt(200);
            String jobId = "T" + thread + "." + i;
            switch (random.nextInt(7)) {
                case 0 -> {
                    ok(gold.call(req("Account", "Deposit", "Id", String.valueOf(account), "Amount", String.valueOf(amount))));
                    model.credits.get(account).add(amount);
                }
                case 1 -> {
                    Response r = gold.call(req("Account", "Withdraw", "Id", String.valueOf(account), "Amount",
                            String.valueOf(amount)));
                    if (succeeded(r, "784")) {
                        model.credits.get(account).add(-amount);
                    }
                }
                case 2 -> {
                    long to = 1 + (account % ACCOUNTS);
                    Response r = gold.call(req("Account", "Transfer", "FromId", String.valueOf(account), "ToId",
                            String.valueOf(to), "Amount", String.valueOf(amount)));
                    if (succeeded(r, "784")) {
                        model.credits.get(account).add(-amount);
                        model.credits.get(to).add(amount);
                    }
                }
                case 3 -> {
                    int processors = 1 + random.nextInt(20);
                    Response r = gold.call(job("Reserve", jobData(account, jobId, processors)));
                    if (succeeded(r, "784")) {
                        reserved.put(jobId, processors);
                        reservedBy.put(jobId, account);
                        model.held.add(processors);
                    }
                }
                case 4, 5 -> {
                    String target = jobId;
                    int processors = 1 + random.nextInt(20);
                    if (!reserved.isEmpty() && random.nextBoolean()) {
                        target = reserved.keySet().iterator().next();
                        model.held.add(-reserved.remove(target));
                    }
                    long owner = reservedBy.getOrDefault(target, account);
                    ok(gold.call(job("Charge", jobData(owner, target, processors))));
                    charged.put(target, new long[] {owner, processors});
                    refundable.add(target);
                    model.credits.get(owner).add(-processors);
                    model.jobCharges.add(processors);
                }
                default -> {
                    if (refundable.isEmpty()) {
                        break;
                    }
                    String target = refundable.remove(random.nextInt(refundable.size()));
                    long[] c = charged.get(target);
                    ok(gold.call(req("Job", "Refund", "JobId", target)));
                    model.credits.get(c[0]).add(c[1]);
                    model.jobCharges.add(-c[1]);
                }
            }
            model.operations.incrementAndGet();
        }
    }

    /** Reserve/Charge data for a job of user u_account on project p_account. */
    private static String[] jobData(long account, String jobId, int processors) {
        return new String[] {"JobId", jobId, "UserId", "u" + account, "ProjectId", "p" + account,
                "MachineName", "m", "Processors", String.valueOf(processors), "WallDuration", "1"};
    }

    private static void ok(Response r) {
        if (!r.code().equals("000")) {
            throw new AssertionError(r.code() + " " + r.message());
        }
    }

    private static boolean succeeded(Response r, String allowedFailure) {
        if (r.code().equals(allowedFailure)) {
            return false;
        }
        ok(r);
        return true;
    }
}
