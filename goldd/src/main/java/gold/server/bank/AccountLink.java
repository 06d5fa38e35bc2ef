package gold.server.bank;

/**
 * One AccountAccount row: {@code child} hangs under {@code parent}, receives {@code share} percent of
 * the parent's deposits, and with {@code overflow} its users may draw on the parent (docs/bank.md, Vocabulary).
 */
public record AccountLink(long parent, long child, long share, boolean overflow) {
}
