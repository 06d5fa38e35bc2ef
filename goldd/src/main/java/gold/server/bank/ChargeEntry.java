package gold.server.bank;

/** A journaled {@code Job Charge} debit (Account, Delta; allocation when recorded), oldest first: what Refund gives back. */
public record ChargeEntry(long transactionId, long account, double delta) {
}
