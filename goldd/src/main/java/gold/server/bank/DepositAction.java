package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Account Deposit (docs/bank.md, Deposit): validates, routes shares down to child accounts
 * (AccountAccount DepositShare, ascending child id), then credits the matching allocation of the
 * account or creates one, and journals {@code Account Deposit}.
 */
final class DepositAction {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+\\.|\\.\\d+|\\d+)\\d*$");

    private DepositAction() {
    }

    static Response run(BankCall call) throws SQLException {
        String amountText = orDefault(call.option("Amount"), "0");
        String creditText = orDefault(call.option("CreditLimit"), "0");
        String allocationText = call.option("Allocation");
        long start = (long) Money.number(orDefault(call.option("StartTime"), "0"));
        long end = (long) Money.number(orDefault(call.option("EndTime"), String.valueOf(Window.INFINITY)));
        String callType = call.callType();
        String ancestors = call.option("Ancestors");
        if (!NUMBER.matcher(amountText).matches()) {
            throw Code.FAILED.exception("The deposit amount must be a number");
        }
        if (!NUMBER.matcher(creditText).matches()) {
            throw Code.FAILED.exception("The credit limit must be a number");
        }
        double amount = Money.number(amountText);
        double creditLimit = Money.number(creditText);
        boolean allocationGiven = !allocationText.isEmpty() && !allocationText.equals("0");
        if (creditLimit != 0 && allocationGiven) {
            throw Code.FAILED.exception("A credit limit cannot be specifed when an allocation is also specified");
        }
        String idText = call.option("Id");
        if (idText.isEmpty()) {
            throw Code.FAILED.exception("Account id must be specified");
        }
        long id = (long) Money.number(idText);
        if (!idText.matches("\\d+") || !call.store.accountExists(id)) {
            throw Code.FAILED.exception("The specified account id (" + idText + ") does not exist.");
        }
        // find-or-create of the account's allocation must not race another deposit, transfer or refund
        call.store.lock("g_account", List.of(id));
        if (ancestors.contains(":" + id + ":")) {
            throw Code.FAILED.exception("Cycle detected. The account for this deposit (" + id
                    + ") has already been involved in an upstream deposit. Aborting deposit.");
        }
        double remaining = amount;
        double sum = 0;
        if (!allocationGiven && creditLimit == 0) {
            List<AccountLink> shares = call.store.childLinks(id).stream()
                    .filter(l -> l.parent() == id && l.share() > 0)
                    .sorted(Comparator.comparingLong(AccountLink::child)).toList();
            long total = shares.stream().mapToLong(AccountLink::share).sum();
            if (total > 100) {
                throw Code.FAILED.exception("Deposit shares cannot exceed 100% (" + total + ")");
            }
            long cumulative = 0;
            for (AccountLink link : shares) {
                cumulative += link.share();
                double part = cumulative == 100 ? remaining : trunc(amount * link.share() / 100);
                double deposited = depositIntoChild(call, link.child(), part, start, end, ancestors + ":" + id + ":");
                sum += deposited;
                remaining -= deposited;
            }
        }
        if (remaining > 0 || amount == 0) {
            ownPart(call, id, amount, remaining, creditLimit, allocationText, allocationGiven, start, end, callType);
            sum += remaining;
        }
        String formatted = call.money(sum);
        return BankCall.success("Successfully deposited " + formatted + " credits into account " + id, formatted,
                List.of());
    }

    private static double depositIntoChild(BankCall call, long child, double part, long start, long end,
                                           String ancestors) throws SQLException {
        Request sub = Request.builder("Account", "Deposit").actor(call.actor())
                .option("Id", String.valueOf(child)).option("Amount", Money.text(part))
                .option("StartTime", String.valueOf(start)).option("EndTime", String.valueOf(end))
                .option("Ancestors", ancestors).build();
        try {
            Response r = run(call.internal(sub));
            return (double) r.count();
        } catch (GoldException e) {
            throw e.prefixed("Failed while making a descendant deposit: ");
        }
    }

    private static void ownPart(BankCall call, long id, double amount, double remaining, double creditLimit, String allocationText,
                                boolean allocationGiven, long start, long end, String callType) throws SQLException {
        Optional<Allocation> found = call.store.allocationsOf(id).stream()
                .filter(a -> a.callType().equals(callType))
                .filter(a -> allocationGiven ? String.valueOf(a.id()).equals(allocationText)
                        : a.start() == start && a.end() == end)
                .min(Comparator.comparingLong(Allocation::id));
        long allocationId;
        boolean active;
        if (found.isPresent() && creditLimit == 0) {
            Allocation a = found.get();
            allocationId = a.id();
            active = a.activeAt(call.now);
            call.store.modify("Allocation", List.of(Condition.eq("Id", String.valueOf(a.id())),
                            Condition.eq("Account", String.valueOf(id))),
                    List.of(new Assignment("Amount", "Inc", Money.text(remaining)),
                            new Assignment("Deposited", "Inc", Money.text(remaining))));
        } else {
            if (allocationGiven) {
                throw Code.FAILED.exception("The specified allocation is not valid");
            }
            active = Window.contains(start, end, call.now);
            List<Assignment> values = new ArrayList<>();
            values.add(Assignment.of("Account", String.valueOf(id)));
            values.add(Assignment.of("StartTime", String.valueOf(start)));
            values.add(Assignment.of("EndTime", String.valueOf(end)));
            values.add(Assignment.of("CallType", callType));
            values.add(Assignment.of("Amount", Money.text(remaining)));
            values.add(Assignment.of("Deposited", Money.text(remaining)));
            values.add(Assignment.of("CreditLimit", Money.text(creditLimit)));
            values.add(Assignment.of("Active", active ? "True" : "False"));
            allocationId = call.store.create("Allocation", values);
        }
        call.store.journal(BankEntry.of("Account", "Deposit", call.actor(), call.options())
                .name(String.valueOf(id)).amount(amount).account(id).allocation(allocationId)
                .delta(active ? remaining : null));
    }

    private static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    /** Perl-false option values ("" and "0") take the default. */
    private static String orDefault(String v, String dflt) {
        return v.isEmpty() || v.equals("0") ? dflt : v;
    }
}
