package gold.server.bank;

/**
 * One ReservationAllocation row: {@code amount} credits of allocation {@code allocation} (in
 * {@code account}) held by reservation {@code reservation}.
 */
public record Hold(long reservation, long allocation, long account, double amount) {
}
