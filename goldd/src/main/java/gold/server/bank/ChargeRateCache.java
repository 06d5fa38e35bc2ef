package gold.server.bank;

import java.util.List;

/**
 * The charge rates of one server process, kept like metadata: valid for one metadata version
 * (docs/data-model.md, Metadata cache). A request that creates, modifies, deletes or undoes charge rates
 * bumps that version when it commits ({@code RequestContext#ratesChanged}), so every worker reads the
 * table again on its next Quote, Reserve or Charge; between changes none of them reads it.
 */
final class ChargeRateCache {
    private record Entry(long version, List<Rate> rates) {
    }

    private volatile Entry current;

    /** The rates cached for {@code version}, or null when they must be read. */
    List<Rate> get(long version) {
        Entry e = current;
        return e != null && e.version() == version ? e.rates() : null;
    }

    void put(long version, List<Rate> rates) {
        current = new Entry(version, List.copyOf(rates));
    }
}
