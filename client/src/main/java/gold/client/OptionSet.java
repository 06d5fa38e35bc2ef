package gold.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options one command accepts, in help order. Names are written Getopt-style,
 * {@code "verbose|v"}: the first is the primary name, the rest are aliases. Builders for the
 * option groups every command shares ({@code [common-modify]}, {@code [common-list]}, the
 * supplements, {@code -h/--hours}, {@code -l/-w}, {@code -X}) keep
 * their wording in one place.
 */
public final class OptionSet {
    private final List<OptionSpec> specs = new ArrayList<>();
    private final Map<String, OptionSpec> byName = new LinkedHashMap<>();

    /** Declares an option; {@code label} "" keeps it out of --help. */
    public OptionSet add(OptionKind kind, String names, String label, String description) {
        return add(new OptionSpec(List.of(names.split("\\|")), kind, false, label, description));
    }

    /** Declares one of our extension options, which matches its exact name only (docs/differences.md). */
    public OptionSet exact(OptionKind kind, String name, String label, String description) {
        return add(new OptionSpec(List.of(name), kind, true, label, description));
    }

    public OptionSet add(OptionSpec spec) {
        for (String name : spec.names()) {
            if (byName.putIfAbsent(name, spec) != null) {
                throw new IllegalArgumentException("option declared twice: " + name);
            }
        }
        specs.add(spec);
        return this;
    }

    public OptionSet flag(String names, String label, String description) {
        return add(OptionKind.FLAG, names, label, description);
    }

    public OptionSet string(String names, String label, String description) {
        return add(OptionKind.STRING, names, label, description);
    }

    public OptionSet integer(String names, String label, String description) {
        return add(OptionKind.INT, names, label, description);
    }

    /** -?, --help and --man. */
    public OptionSet helpAndMan() {
        flag("help|?", "-?, --help", "Print a brief help message and exit.");
        return flag("man", "--man", "Print the full manual page and exit.");
    }

    private void version() {
        flag("version|V", "-V, --version", "Print the Gold version and exit.");
    }

    /** The common options of commands that change something ([common-modify]). */
    public OptionSet commonModify() {
        flag("debug", "--debug", "Log debug information to stderr.");
        helpAndMan();
        flag("quiet", "--quiet", "Suppress headers and success messages.");
        flag("verbose|v", "-v, --verbose", "Display the modified objects.");
        version();
        format();
        exact(OptionKind.STRING, "request-key", "--request-key <key>",
                "Use this request key instead of a new one, so that re-running a command whose outcome is"
                        + " unknown cannot act twice (also taken from $GOLD_REQUEST_KEY).");
        return failFast();
    }

    /** The common options of list commands ([common-list]); data is always displayed. */
    public OptionSet commonList() {
        flag("debug", "--debug", "Log debug information to stderr.");
        helpAndMan();
        flag("quiet", "--quiet", "Suppress headers and success messages.");
        flag("raw", "--raw", "Print raw data, fields separated by '|'.");
        version();
        format();
        failFast();
        return answeredBy();
    }

    /** The report options of gstatement and gusage: no --quiet, no --raw; our --format. */
    public OptionSet commonReport() {
        flag("debug", "--debug", "Log debug information to stderr.");
        helpAndMan();
        version();
        format();
        failFast();
        return answeredBy();
    }

    /**
     * Our {@code --verbose} of list and report commands, which classically have no {@code -v}: it only
     * names a backup server that answered. Exact name only, so {@code -v} and {@code --ver} keep
     * meaning {@code --version} as in the classic clients.
     */
    public OptionSet answeredBy() {
        return exact(OptionKind.FLAG, "verbose", "--verbose",
                "Name the server that answered when it was a backup (server.backup).");
    }

    /** Our {@code --fail-fast} (exact name only): no waiting while the database changes primary. */
    public OptionSet failFast() {
        return exact(OptionKind.FLAG, "fail-fast", "--fail-fast",
                "Fail at once (exit 73) when every server answers that its database is unavailable, instead of"
                        + " retrying the request while the database changes primary (client.failover.wait).");
    }

    /** Our {@code --format table|raw|json|csv} (exact name only). */
    public OptionSet format() {
        return exact(OptionKind.STRING, "format", "--format <table|raw|json|csv>",
                "Output format of the records; json and csv write the records to stdout and messages to stderr.");
    }

    public OptionSet hours() {
        return flag("hours|h", "-h, --hours", "Display (and take) amounts in processor hours instead of seconds.");
    }

    public OptionSet longWide() {
        flag("long|l", "-l, --long", "Long format: one member value per line.");
        return flag("wide|w", "-w, --wide", "Wide format: member values separated by commas (default).");
    }

    public OptionSet extension() {
        return add(OptionKind.MAP, "extension|X", "-X, --extension <property>=<value>",
                "Set an extra property; may be repeated.");
    }

    public OptionSet show() {
        return string("show", "--show <attribute name>[,<attribute name>]*", "Display only these attributes, in this order.");
    }

    public OptionSet showHidden() {
        return flag("showHidden", "--showHidden", "Also display hidden attributes.");
    }

    public OptionSet showSpecial() {
        return flag("showSpecial", "--showSpecial", "Also display special entries (ANY, NONE, MEMBERS, ...).");
    }

    /** Declares the supplement flags (undocumented in --help, as in the original). */
    public OptionSet supplements(OptionKind... kinds) {
        for (OptionKind kind : kinds) {
            if (!kind.isSupplement()) {
                throw new IllegalArgumentException(kind + " is not a supplement");
            }
            add(kind, kind.name().toLowerCase(Locale.ROOT), "", "");
        }
        return this;
    }

    public List<OptionSpec> specs() {
        return Collections.unmodifiableList(specs);
    }

    public Optional<OptionSpec> exactly(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every name (aliases included) that takes part in prefix matching, in Perl sort order. */
    public List<String> abbreviable() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, OptionSpec> e : byName.entrySet()) {
            if (!e.getValue().exactOnly()) {
                names.add(e.getKey());
            }
        }
        Collections.sort(names);
        return names;
    }
}
