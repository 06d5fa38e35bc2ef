package gold.server.bank;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A QuoteId named in job data (docs/bank.md, Reserve and Charge): valid when the quotation
 * exists with uses left and its window contains the instant; an invalid one only adds a warning.
 */
record QuoteUse(Optional<Quotation> quotation, String warning) {

    static QuoteUse of(BankCall call, JobRequest job, long instant) throws SQLException {
        return of(call, job, instant, false);
    }

    /** With {@code lock} the quotation's row is locked before it is read (Charge uses up one of its uses). */
    static QuoteUse of(BankCall call, JobRequest job, long instant, boolean lock) throws SQLException {
        String id = job.data.value("QuoteId");
        if (id.isEmpty()) {
            return new QuoteUse(Optional.empty(), "");
        }
        Optional<Quotation> q = id.matches("\\d+") && id.length() < 19
                ? call.store.quotation(Long.parseLong(id), lock) : Optional.empty();
        if (q.isPresent() && q.get().usableAt(instant)) {
            job.ja.put("QuoteId", id);
            return new QuoteUse(q, "");
        }
        return new QuoteUse(Optional.empty(), "\nWarning: Quote (" + id + ") is invalid and cannot be used");
    }

    /** Current rates, overwritten by the valid quote's guaranteed rates. */
    ChargeRates rates(BankCall call) throws SQLException {
        ChargeRates rates = new ChargeRates(call.store.chargeRates());
        if (quotation.isPresent()) {
            List<Rate> guaranteed = call.store.quotationRates(quotation.get().id());
            rates.put(guaranteed);
        }
        return rates;
    }

    /** The quote's Gold job id, or "" without a valid quote. */
    String job() {
        return quotation.map(Quotation::job).orElse("");
    }
}
