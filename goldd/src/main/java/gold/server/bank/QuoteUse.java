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
        String id = job.data.value("QuoteId");
        if (id.isEmpty()) {
            return new QuoteUse(Optional.empty(), "");
        }
        Optional<Quotation> q = id.matches("\\d+") ? call.store.quotation(Long.parseLong(id)) : Optional.empty();
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
