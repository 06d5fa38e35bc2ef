package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Job Reserve (docs/bank.md, Reserve): prices the job (guaranteed rates of a valid quote win), records
 * the job at Stage Reserve, and holds the amount on the resolved allocations in order through
 * ReservationAllocation rows. Never overdraws (784); journals {@code Job Reserve}.
 */
final class ReserveAction {
    /** A reservation outlives the job's wall time by ten minutes. */
    static final long RESERVATION_GRACE = 600;

    private ReserveAction() {
    }

    static Response run(BankCall call) throws SQLException {
        JobRequest job = JobRequest.resolve(call, "reservation");
        long start = job.data.has("StartTime") ? (long) Money.number(job.data.value("StartTime")) : call.now;
        long end = job.data.has("EndTime") ? (long) Money.number(job.data.value("EndTime"))
                : start + Long.parseLong(job.wallDuration) + RESERVATION_GRACE;
        QuoteUse quote = QuoteUse.of(call, job, start);
        boolean replace = call.option("Replace").equals("True");
        ChargeCalculator.Result charge = job.charge(call, quote.rates(call));
        double r = charge.amount();
        // the rows this request changes are locked before anything is written (and so before any id is
        // taken): the reservations it replaces, then the allocations it holds credits on, ascending by id
        if (replace) {
            call.store.reservationsNamed(job.jobId, true);
        }
        JobFunds funds = null;
        if (r > 0) {
            funds = JobFunds.resolve(call, job, start);
            funds = funds.current(funds.lock(call, List.of()));
        }
        call.locked();
        if (!job.data.has("StartTime")) {
            start = call.now;
            end = job.data.has("EndTime") ? end : start + Long.parseLong(job.wallDuration) + RESERVATION_GRACE;
        }
        String removed = "";
        if (replace) {
            int n = call.store.delete("Reservation", List.of(Condition.eq("Name", job.jobId)));
            if (n > 0) {
                removed = "\n" + n + " reservations were removed";
            }
        }
        job.addRemainingAttributes();
        String jobNumber = "";
        if (r > 0) {
            BalanceAction.refresh(call);
            if (funds.isEmpty()) {
                throw Code.NO_FUNDS.exception(
                        "Insufficient funds: There are no valid allocations against which to make the reservation");
            }
            job.ja.put("Stage", "Reserve");
            if (!quote.job().isEmpty()) {
                jobNumber = quote.job();
                job.ja.put("CallType", job.callType);
                call.store.modify("Job", List.of(Condition.eq("Id", jobNumber)), job.ja.assignments());
            } else {
                job.ja.put("Charge", "0").put("CallType", job.callType);
                jobNumber = String.valueOf(call.store.create("Job", job.ja.assignments()));
            }
            long reservation = call.store.create("Reservation", List.of(Assignment.of("Name", job.jobId),
                    Assignment.of("StartTime", String.valueOf(start)), Assignment.of("EndTime", String.valueOf(end)),
                    Assignment.of("Job", jobNumber), Assignment.of("User", job.user),
                    Assignment.of("Project", job.project), Assignment.of("Machine", job.machine),
                    Assignment.of("CallType", job.callType)));
            Candidate.Split split = Candidate.split(funds.candidates(call, start), r);
            for (Candidate.Take take : split.takes()) {
                List<Assignment> hold = new ArrayList<>();
                hold.add(Assignment.of("Reservation", String.valueOf(reservation)));
                hold.add(Assignment.of("Id", String.valueOf(take.allocation().id())));
                hold.add(Assignment.of("Account", String.valueOf(take.allocation().account())));
                hold.add(Assignment.of("Amount", Money.text(take.amount())));
                call.store.create("ReservationAllocation", hold);
            }
            if (split.remaining() > 0) {
                throw Code.NO_BALANCE.exception("Insufficient balance to reserve job");
            }
        }
        call.store.journal(BankEntry.job("Reserve", call.actor(), job.ja).amount(r)
                .detail("ItemizedCharges:=" + charge.itemized()));
        String formatted = call.money(r);
        Row row = new Row.Builder("Reserve").put("Amount", formatted).put("Job", jobNumber).build();
        return BankCall.success("Successfully reserved " + formatted + " credits for job " + job.jobId
                + quote.warning() + removed + charge.warnings(), formatted, List.of(row));
    }
}
