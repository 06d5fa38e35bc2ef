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
 * Job Quote (docs/bank.md, Quote): prices a job, optionally guarantees the price (a Job at Stage
 * Quote, a Quotation and its QuotationChargeRates), journals {@code Job Quote}, and checks that the
 * resolved allocations could cover it, without debiting or holding anything.
 */
final class QuoteAction {
    /** A guaranteed quote is usable for a week after the job would end. */
    static final long QUOTE_GRACE = 604800;

    private QuoteAction() {
    }

    static Response run(BankCall call) throws SQLException {
        JobRequest job = JobRequest.resolve(call, "quote");
        boolean guarantee = call.option("Guarantee").equalsIgnoreCase("True");
        job.addRemainingAttributes();
        long start = job.data.has("StartTime") ? (long) Money.number(job.data.value("StartTime")) : call.now;
        long end = job.data.has("EndTime") ? (long) Money.number(job.data.value("EndTime"))
                : start + Long.parseLong(job.wallDuration) + QUOTE_GRACE;
        long jobNumber = 0;
        long quoteId = 0;
        if (guarantee) {
            List<Assignment> values = new ArrayList<>(job.ja.copy().put("Stage", "Quote").put("Charge", "0")
                    .put("CallType", job.callType).assignments());
            jobNumber = call.store.create("Job", values);
            quoteId = call.store.create("Quotation", List.of(Assignment.of("StartTime", String.valueOf(start)),
                    Assignment.of("EndTime", String.valueOf(end)), Assignment.of("Job", String.valueOf(jobNumber)),
                    Assignment.of("User", job.user), Assignment.of("Project", job.project),
                    Assignment.of("Machine", job.machine), Assignment.of("WallDuration", job.wallDuration),
                    Assignment.of("CallType", job.callType)));
        }
        ChargeCalculator.Result charge = job.charge(call, new ChargeRates(call.store.chargeRates()));
        double q = charge.amount();
        if (guarantee) {
            for (Rate r : charge.used()) {
                call.store.create("QuotationChargeRate", List.of(Assignment.of("Quotation", String.valueOf(quoteId)),
                        Assignment.of("Type", r.type()), Assignment.of("Name", r.name()),
                        Assignment.of("Rate", Money.text(r.rate()))));
            }
            call.store.modify("Quotation", List.of(Condition.eq("Id", String.valueOf(quoteId))),
                    List.of(Assignment.of("Amount", Money.text(q))));
        }
        call.store.journal(BankEntry.job("Quote", call.actor(), job.ja).amount(q)
                .detail("ItemizedCharges:=" + charge.itemized()));
        if (q >= 0) {
            BalanceAction.refresh(call);
            JobFunds funds = JobFunds.resolve(call, job, start);
            if (funds.isEmpty()) {
                throw Code.NO_FUNDS.exception(
                        "Insufficient funds: There are no valid allocations to satisfy the quotation");
            }
            if (Candidate.split(funds.candidates(call, start), q).remaining() > 0) {
                throw Code.NO_BALANCE.exception("Insufficient balance to satisfy quotation");
            }
        }
        String formatted = call.money(q);
        Row.Builder row = new Row.Builder("Quote");
        if (guarantee) {
            row.put("Id", String.valueOf(quoteId));
        }
        row.put("Amount", formatted);
        if (guarantee) {
            row.put("Job", String.valueOf(jobNumber));
        }
        String message = "Successfully quoted " + formatted + " credits"
                + (guarantee ? " with quote id " + quoteId : "") + charge.warnings();
        return BankCall.success(message, formatted, List.of(row.build()));
    }
}
