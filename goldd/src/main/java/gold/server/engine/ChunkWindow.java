package gold.server.engine;

/**
 * Which rows of a query one reply chunk carries: chunk {@code number} (1-based) of {@code size} rows.
 * Queries fetch one row more than the size to learn whether more follow. Internal queries use
 * {@link #ALL}.
 */
public record ChunkWindow(int number, long size) {
    /** No chunking: every row. */
    public static final ChunkWindow ALL = new ChunkWindow(1, Long.MAX_VALUE / 4);

    public long offset() {
        return (number - 1L) * size;
    }
}
