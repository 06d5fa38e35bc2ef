package gold.client.commands;

import gold.client.ParsedArgs;
import gold.protocol.Row;
import java.util.Map;

/**
 * The {@code <Job>} datum of gquote, greserve and gcharge: job properties
 * from options, each only when given, in the command's order, then the {@code -X} extensions.
 */
final class JobDatum {
    private JobDatum() {
    }

    /** {@code pairs} alternates option name and element name. */
    static Row build(ParsedArgs a, String... pairs) {
        Row.Builder job = new Row.Builder("Job");
        for (int i = 0; i < pairs.length; i += 2) {
            String element = pairs[i + 1];
            a.value(pairs[i]).ifPresent(v -> job.put(element, v));
        }
        for (Map.Entry<String, String> e : a.map("extension").entrySet()) {
            job.put(e.getKey(), e.getValue());
        }
        return job.build();
    }
}
