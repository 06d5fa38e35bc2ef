package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Job Charge (docs/bank.md, Charge): prices the finished job (a valid quote's rates win and the quote
 * loses a use), debits the resolved allocations in order, overdrawing the first one rather than
 * failing, journals one {@code Job Charge} per debit, removes the job's reservations and records the
 * job at Stage Charge. Negative external charges are refused (docs/differences.md).
 */
final class ChargeAction {
    /** Weight factor of allocations reached only through the job's own reservations. */
    private static final long RESERVED_FACTOR = 1_000_000L;

    private ChargeAction() {
    }

    static Response run(BankCall call) throws SQLException {
        JobRequest job = JobRequest.resolve(call, "charge");
        if (job.data.has("Charge") && Money.number(job.data.value("Charge")) < 0) {
            throw Code.FAILED.exception("The charge amount cannot be negative");
        }
        long end = job.data.has("EndTime") ? (long) Money.number(job.data.value("EndTime")) : call.now;
        // rows this request changes are locked before anything is written (and so before any id is
        // taken): the quotation, the job's reservations, then the allocations, each ascending by id
        QuoteUse quote = QuoteUse.of(call, job, end, true);
        List<Reservation> mine = call.store.reservationsNamed(job.jobId, true);
        ChargeCalculator.Result charge = job.charge(call, quote.rates(call));
        double c = charge.amount();
        Map<Long, Candidate> entries = new HashMap<>();
        JobFunds funds = null;
        if (c > 0) {
            funds = JobFunds.resolve(call, job, call.now);
            List<Hold> held = mine.isEmpty() ? List.of()
                    : call.store.holdsOfReservations(mine.stream().map(Reservation::id).toList());
            Map<Long, Allocation> current = funds.lock(call, held.stream().map(Hold::allocation).toList());
            funds = funds.current(current);
            ownReservations(held, current, entries);
        }
        call.locked();
        if (quote.quotation().isPresent()) {
            call.store.modify("Quotation", List.of(Condition.eq("Id", String.valueOf(quote.quotation().get().id()))),
                    List.of(new Assignment("Uses", "Dec", "1")));
        }
        String jobNumber = quote.job();
        String fromReservation = mine.isEmpty() ? "" : mine.get(mine.size() - 1).job();
        if (fromReservation != null && !fromReservation.isEmpty()) {
            jobNumber = fromReservation;
        }
        if (jobNumber.isEmpty()) {
            jobNumber = String.valueOf(call.store.create("Job", List.of(Assignment.of("Charge", "0"))));
        }
        job.addRemainingAttributes();
        if (c > 0) {
            debit(call, job, jobNumber, charge, entries, funds);
        } else {
            call.store.journal(BankEntry.job("Charge", call.actor(), job.ja)
                    .name(jobNumber).child(job.jobId).amount(0).delta(0.0));
        }
        int n = call.store.delete("Reservation", List.of(Condition.eq("Name", job.jobId),
                Condition.eq("CallType", job.callType)));
        String removed = n > 0 ? "\n" + n + " reservations were removed" : "";
        List<Assignment> changes = new ArrayList<>(job.ja.copy().put("Stage", "Charge").assignments());
        changes.add(new Assignment("Charge", "Inc", Money.text(c)));
        changes.add(Assignment.of("CallType", job.callType));
        call.store.modify("Job", List.of(Condition.eq("Id", jobNumber)), changes);
        String formatted = call.money(c);
        Row row = new Row.Builder("Charge").put("Amount", formatted).put("Job", jobNumber).build();
        return BankCall.success("Successfully charged job " + job.jobId + " for " + formatted + " credits"
                + quote.warning() + removed + charge.warnings(), formatted, List.of(row));
    }

    /**
     * Step 4: allocations held by the job's own reservations (any window, any call type) become entries
     * available up to what they hold, ranked after everything else.
     */
    private static void ownReservations(List<Hold> held, Map<Long, Allocation> current, Map<Long, Candidate> entries) {
        for (Hold h : held) {
            Allocation a = current.get(h.allocation());
            if (a != null) {
                Candidate prior = entries.get(a.id());
                double reserved = (prior == null ? 0 : prior.available()) + h.amount();
                entries.put(a.id(), new Candidate(a, reserved, RESERVED_FACTOR * a.end()));
            }
        }
    }

    private static void debit(BankCall call, JobRequest job, String jobNumber, ChargeCalculator.Result charge,
                              Map<Long, Candidate> entries, JobFunds funds) throws SQLException {
        BalanceAction.refresh(call);
        for (Allocation a : funds.allocations) {
            entries.put(a.id(), new Candidate(a, a.amount() + a.creditLimit(), funds.accounts.allocationWeight(a)));
        }
        Set<Long> accounts = new HashSet<>();
        entries.values().forEach(e -> accounts.add(e.allocation().account()));
        Holds holds = Holds.activeIn(call.store, accounts, call.now);
        List<Candidate> ordered = new ArrayList<>();
        for (Candidate e : entries.values()) {
            ordered.add(new Candidate(e.allocation(), e.available() - holds.on(e.allocation().id()), e.weight()));
        }
        if (ordered.isEmpty()) {
            throw Code.NO_FUNDS.exception(
                    "Insufficient funds: There are no valid allocations against which to issue the charge");
        }
        ordered = Candidate.ordered(ordered);
        Candidate.Split split = Candidate.split(ordered, charge.amount());
        for (Candidate.Take take : split.takes()) {
            debitOne(call, job, jobNumber, charge, take.allocation(), take.amount());
        }
        if (split.remaining() > 0) {
            // a charge never fails for lack of funds: the remainder overdraws the first allocation
            debitOne(call, job, jobNumber, charge, ordered.get(0).allocation(), split.remaining());
        }
    }

    private static void debitOne(BankCall call, JobRequest job, String jobNumber, ChargeCalculator.Result charge,
                                 Allocation a, double x) throws SQLException {
        Debits.debit(call.store, a.id(), x);
        boolean active = a.activeAt(call.now);
        call.store.journal(BankEntry.job("Charge", call.actor(), job.ja).name(jobNumber)
                .child(job.jobId).amount(x).account(a.account()).allocation(a.id()).delta(active ? -x : 0.0)
                .detail("ItemizedCharges:=" + charge.itemized()));
    }
}
