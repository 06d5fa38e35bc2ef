package gold.shell;

import static gold.shell.FakeServer.row;
import static gold.shell.FakeServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MetadataLoaderTest {
    private final FakeServer server = new FakeServer().answer(MetadataLoaderTest::metadata);
    private final AtomicLong now = new AtomicLong();
    private final MetadataLoader loader = new MetadataLoader(b -> server.sendAll(b.build()), now::get);

    private static List<Response> metadata(Request r) {
        return switch (r.object()) {
            case "Object" -> List.of(rows("", row("Object", "Name", "User"), row("Object", "Name", "Job")));
            case "Action" -> List.of(rows("", row("Action", "Object", "User", "Name", "Query"),
                    row("Action", "Object", "Job", "Name", "Charge")));
            default -> List.of(rows("", row("Attribute", "Object", "User", "Name", "Name"),
                    row("Attribute", "Object", "User", "Name", "Active")));
        };
    }

    @Test
    void namesAreGroupedByObjectAndAskedForOnce() {
        Metadata m = loader.get();
        assertEquals(Set.of("Job", "User"), m.objects());
        assertEquals(Set.of("Query"), m.actionsOf("User"));
        assertEquals(List.of("Active", "Name"), List.copyOf(m.attributesOf("User")));
        assertTrue(m.attributesOf("Job").isEmpty());
        loader.get();
        assertEquals(3, server.received().size());
        assertEquals("Name", server.received().get(0).selections().get(0).name());
    }

    @Test
    void aServerThatCouldNotBeAskedIsAskedAgainOnlyAfterAPause() {
        server.answer(r -> List.of(Response.failure("222", "Failed sending message: (refused).")));
        assertTrue(loader.get().objects().isEmpty());
        loader.get();
        assertEquals(1, server.received().size(), "no new attempt at once");
        server.answer(MetadataLoaderTest::metadata);
        now.addAndGet(MetadataLoader.RETRY_AFTER.toNanos());
        assertEquals(Set.of("Job", "User"), loader.get().objects());
    }
}
