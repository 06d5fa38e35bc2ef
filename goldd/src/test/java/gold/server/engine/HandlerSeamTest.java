package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.SchemaInstaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plugged-in handlers run before the generic engine, may decline with 313/315, and scoped actions skip them. */
class HandlerSeamTest {
    @TempDir
    Path home;
    GoldService service;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        Handlers handlers = Handlers.none()
                .add("System", "Query", (ctx, r) -> {
                    seen.add("System Query as " + r.actor() + " overridden=" + ctx.overridden());
                    return Response.success("Handled by the plug-in");
                })
                .add("User", "Create", (ctx, r) -> {
                    seen.add("User Create with " + r.assignments().size() + " cooked assignments");
                    throw Code.UNSUPPORTED_ACTION.exception("Unsupported bank action: (Create)");
                })
                .add("Machine", "Create", (ctx, r) -> {
                    Response created = ctx.engine().execute(ctx, r);
                    ctx.dispatch(Request.builder("Project", "Create").set("Name", "for-" + r.assignments().get(0).value()).build());
                    return created;
                });
        service = GoldService.open(Map.of("super.user", "gold"), home, handlers, SchemaInstaller.bankSql());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private Response call(Request.Builder b) {
        List<Response> out = new ArrayList<>();
        service.serve(b.build(), (chunk, last) -> out.add(chunk));
        return out.get(0);
    }

    @Test
    void handlersRunFirstAndDeclineToTheGenericEngine() {
        assertEquals("Handled by the plug-in", call(Request.builder("System", "Query").actor("amy")).message());
        assertEquals(List.of("System Query as amy overridden=false"), seen);
        Response generic = call(Request.builder("System", "Base::Query").actor("gold"));
        assertEquals("Gold", generic.data().get(0).get("Name"));
        assertEquals(1, seen.size());
        Response created = call(Request.builder("User", "Create").actor("gold").set("Name", "amy"));
        assertEquals("Successfully created 1 User", created.message());
        assertTrue(seen.get(1).startsWith("User Create with "), seen.toString());
        assertTrue(!seen.get(1).equals("User Create with 1 cooked assignments"), "defaults were added before the handler");
    }

    @Test
    void handlersShareTheRequestTransactionWithTheirSubRequests() {
        Response r = call(Request.builder("Machine", "Create").actor("gold").set("Name", "colony"));
        assertEquals("Successfully created 1 Machine", r.message());
        Response project = call(Request.builder("Project", "Query").actor("gold").where("Name", "for-colony"));
        assertEquals(1, project.count());
        Response failed = call(Request.builder("Machine", "Create").actor("gold").set("Name", "colony"));
        assertEquals("740", failed.code());
        Response txn = call(Request.builder("Transaction", "Query").actor("gold").where("Object", "Project")
                .where("Name", "for-colony").get("Actor"));
        assertEquals("gold", txn.data().get(0).get("Actor"));
    }
}
