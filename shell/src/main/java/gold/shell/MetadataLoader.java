package gold.shell;

import gold.client.ClientStartup;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Asks the server for the names of its objects, actions and attributes (three Queries) the first
 * time completion needs them, and keeps the answer for the session. A failing query leaves its part
 * empty: completion is a convenience and never stops the shell. When the server could not be asked
 * at all (no object names), it is asked again at a TAB after {@link #RETRY_AFTER}, not at every TAB.
 */
final class MetadataLoader implements Supplier<Metadata> {
    /** Pause before asking again a server that gave no metadata. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final RequestChannel channel;
    private final LongSupplier nanoClock;
    private Metadata loaded;
    private long loadedAt;

    MetadataLoader(RequestChannel channel) {
        this(channel, System::nanoTime);
    }

    MetadataLoader(RequestChannel channel, LongSupplier nanoClock) {
        this.channel = channel;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized Metadata get() {
        boolean stale = loaded != null && loaded.objects().isEmpty()
                && nanoClock.getAsLong() - loadedAt >= RETRY_AFTER.toNanos();
        if (loaded == null || stale) {
            SortedSet<String> objects = new TreeSet<>();
            for (Row row : rows("Object", "Name")) {
                add(objects, row.get("Name"));
            }
            if (objects.isEmpty()) {
                loaded = Metadata.empty();
            } else {
                loaded = new Metadata(objects, byObject(rows("Action", "Object", "Name")),
                        byObject(rows("Attribute", "Object", "Name")));
            }
            loadedAt = nanoClock.getAsLong();
        }
        return loaded;
    }

    private List<Row> rows(String object, String... columns) {
        Request.Builder request = Request.builder(object, "Query");
        for (String column : columns) {
            request.get(Selection.of(column));
        }
        List<Response> chunks;
        try {
            chunks = channel.exchange(request);
        } catch (ClientStartup.StartupException e) {
            // No key, no server: nothing to complete. The next command reports the problem itself.
            return List.of();
        }
        return chunks.stream().filter(r -> !r.isFailure()).flatMap(r -> r.data().stream()).toList();
    }

    private static Map<String, SortedSet<String>> byObject(List<Row> rows) {
        Map<String, SortedSet<String>> map = new HashMap<>();
        for (Row row : rows) {
            String object = row.get("Object");
            if (object != null && !object.isEmpty()) {
                add(map.computeIfAbsent(object, k -> new TreeSet<>()), row.get("Name"));
            }
        }
        return map;
    }

    private static void add(SortedSet<String> names, String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }
}
