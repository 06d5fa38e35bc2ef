package gold.client.commands;

import gold.client.ParsedArgs;
import gold.protocol.Row;
import java.util.Map;

/**
 * The {@code <Job>} datum of gquote, greserve and gcharge: job properties
 * from options, each only when given, in the command's order, then the {@code -X} extensions.
 */
final class JobDatum {
    /** The job property each option sets. */
    private static final Map<String, String> ELEMENTS = Map.ofEntries(Map.entry("J", "JobId"),
            Map.entry("p", "ProjectId"), Map.entry("u", "UserId"), Map.entry("m", "MachineName"),
            Map.entry("P", "Processors"), Map.entry("N", "Nodes"), Map.entry("M", "Memory"), Map.entry("D", "Disk"),
            Map.entry("Q", "QualityOfService"), Map.entry("t", "WallDuration"), Map.entry("q", "QuoteId"),
            Map.entry("S", "State"), Map.entry("T", "Type"), Map.entry("s", "StartTime"), Map.entry("e", "EndTime"),
            Map.entry("C", "Queue"), Map.entry("application", "Application"), Map.entry("executable", "Executable"),
            Map.entry("d", "Description"));

    private JobDatum() {
    }

    /** The properties of the given options, in this order. */
    static Row build(ParsedArgs a, String... options) {
        Row.Builder job = new Row.Builder("Job");
        for (String option : options) {
            String element = ELEMENTS.get(option);
            if (element == null) {
                throw new IllegalArgumentException("no job property for option " + option);
            }
            a.value(option).ifPresent(v -> job.put(element, v));
        }
        for (Map.Entry<String, String> e : a.map("extension").entrySet()) {
            job.put(e.getKey(), e.getValue());
        }
        return job.build();
    }
}
