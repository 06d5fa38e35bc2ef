package gold.server.sql;

/**
 * What the split-brain guard ({@link HostGuard}) last concluded about the database hosts: a kind that
 * decides whether writes go on, and a detail for people (log, {@code goldd --status}). Equal states
 * are equal records, so a change is simply {@code !old.equals(new)}. {@code primary} is the one writable
 * host ({@code host:port}) when exactly one answered writable, else empty.
 */
public record GuardState(Kind kind, String detail, String primary) {
    public enum Kind {
        /** No probe has run yet. */
        NOT_PROBED,
        /** At most one writable host, on the newest timeline among the hosts that answered. */
        SAFE,
        /** More than one host accepts writes. */
        SPLIT_BRAIN,
        /** The only writable host is on an older timeline than another host: its data is stale. */
        STALE_TIMELINE,
        /**
         * A host accepts connections but refuses the probe (login, permission on
         * {@code pg_control_checkpoint()}, missing database): its state is unknown, which is a
         * configuration error.
         */
        PROBE_REFUSED
    }

    public GuardState(Kind kind, String detail) {
        this(kind, detail, "");
    }

    public static final GuardState NOT_PROBED = new GuardState(Kind.NOT_PROBED, "not probed yet");

    /** Whether writes must be refused (730) in this state. */
    public boolean refusesWrites() {
        return kind != Kind.SAFE && kind != Kind.NOT_PROBED;
    }
}
