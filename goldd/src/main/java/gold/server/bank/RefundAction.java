package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Job Refund (docs/bank.md, Refund): gives back all or part of a charged job's charge, either into a
 * named account or, from the journal, into the accounts the charge came from (oldest debit first),
 * crediting each account's earliest-expiring active allocation; the job's Charge goes down.
 */
final class RefundAction {
    private static final int MAX_JOBS = 20;

    private RefundAction() {
    }

    static Response run(BankCall call) throws SQLException {
        List<ChargedJob> jobs = call.store.chargedJobs(call.option("JobId"), call.option("Id"), MAX_JOBS);
        if (jobs.isEmpty()) {
            throw Code.FAILED.exception("There are no jobs matching the specified job id");
        }
        if (jobs.size() > 1) {
            StringBuilder m = new StringBuilder("There are multiple jobs matching the specified job id.\n"
                    + "Please respecify using one of the following gold job ids:\n");
            for (ChargedJob j : jobs) {
                m.append('\t').append(j.id()).append("\t[").append(j.jobId()).append(',').append(j.user()).append(',')
                        .append(j.project()).append(',').append(j.machine()).append(',')
                        .append(Money.text(j.charge())).append("]\n");
            }
            throw Code.FAILED.exception(m.toString());
        }
        // the job row is locked and read again, so two refunds of one job never both give its charge back
        call.store.lock("g_job", List.of(jobs.get(0).id()));
        List<ChargedJob> locked = call.store.chargedJobs("", String.valueOf(jobs.get(0).id()), 1);
        if (locked.isEmpty()) {
            throw Code.FAILED.exception("There are no jobs matching the specified job id");
        }
        ChargedJob job = locked.get(0);
        double amount = job.charge();
        if (call.hasOption("Amount")) {
            double requested = Money.number(call.option("Amount"));
            if (requested <= 0) {
                throw Code.FAILED.exception("Amount must be positive");
            }
            if (requested > job.charge()) {
                throw Code.FAILED.exception("Refund amount (" + call.option("Amount") + ") cannot exceed job charge ("
                        + Money.text(job.charge()) + ")");
            }
            amount = requested;
        }
        if (amount == 0) {
            throw Code.FAILED.exception("There are no charges to refund");
        }
        double refunded = 0;
        String accountText = call.option("Account");
        if (!accountText.isEmpty()) {
            long account = (long) Money.number(accountText);
            call.store.lock("g_account", List.of(account));
            call.locked();
            credit(call, account, amount);
            call.store.journal(BankEntry.of("Job", "Refund", call.actor(), call.options()).amount(amount)
                    .account(account).delta(amount));
            refunded = amount;
        } else {
            double remaining = amount;
            List<ChargeEntry> entries = call.store.chargeEntries(job.id());
            call.store.lock("g_account", entries.stream().map(ChargeEntry::account).toList());
            call.locked();
            for (ChargeEntry e : entries) {
                if (remaining <= 0) {
                    break;
                }
                double part = Math.min(-e.delta(), remaining);
                if (part <= 0) {
                    continue;
                }
                long allocation = credit(call, e.account(), part);
                call.store.journal(BankEntry.of("Job", "Refund", call.actor(), call.options()).amount(part)
                        .account(e.account()).allocation(allocation).delta(part));
                refunded += part;
                remaining -= part;
            }
            if (remaining > 0) {
                throw Code.FAILED.exception("The job charge data could not be found in the transaction logs.\n"
                        + "Please respecify with the account to refund into.");
            }
        }
        call.store.modify("Job", List.of(Condition.eq("Id", String.valueOf(job.id()))),
                List.of(new Assignment("Charge", "Dec", Money.text(amount))));
        String formatted = call.money(refunded);
        Row row = new Row.Builder("Refund").put("JobId", job.jobId()).put("Refund", formatted).build();
        return BankCall.success("Successfully refunded " + formatted + " credits for job " + job.jobId(), formatted,
                List.of(row));
    }

    /** Credits the account's earliest-expiring active Normal allocation, creating one if it has none. */
    private static long credit(BankCall call, long account, double x) throws SQLException {
        Optional<Allocation> target = call.store.allocationsOf(account).stream()
                .filter(a -> a.activeAt(call.now) && a.callType().equals("Normal"))
                .min(Comparator.comparingLong(Allocation::end).thenComparingLong(Allocation::start)
                        .thenComparingLong(Allocation::id));
        if (target.isPresent()) {
            Debits.credit(call.store, target.get().id(), x);
            return target.get().id();
        }
        return call.store.create("Allocation", List.of(Assignment.of("Account", String.valueOf(account)),
                Assignment.of("Amount", Money.text(x))));
    }
}
