package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Status;
import gold.server.sql.SchemaInstaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure while producing chunk n of a chunked reply ends the stream with chunkNum=n, chunkMax=0 (docs/protocol.md, Reply framing). */
class ChunkFailureTest {
    @TempDir
    Path home;
    GoldService service;
    /** The chunk at which the plugged-in query fails. */
    int failAt;

    @BeforeEach
    void start() {
        Handlers handlers = Handlers.none().add("Project", "Query", (ctx, r) -> {
            ChunkWindow w = ctx.window();
            if (w.number() == failAt) {
                throw Code.INTERNAL.exception("chunk " + w.number() + " failed");
            }
            // one row more than the window: more rows follow
            List<Row> rows = IntStream.rangeClosed(0, (int) w.size())
                    .mapToObj(i -> new Row("Project", List.of(new Row.Field("Name", "p" + w.number() + "." + i))))
                    .toList();
            return new Response(Status.Success, "000", "", rows.size(), rows, 1, 0, "", "");
        });
        service = GoldService.open(Map.of("super.user", "gold"), home, handlers, SchemaInstaller.bankSql());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private List<Response> chunks(Request request) {
        List<Response> out = new ArrayList<>();
        List<Boolean> last = new ArrayList<>();
        service.serve(request, (chunk, isLast) -> {
            out.add(chunk);
            last.add(isLast);
        });
        assertEquals(out.size() - 1, last.indexOf(true), "only the final chunk is marked last: " + last);
        return out;
    }

    private static Request query() {
        return Request.builder("Project", "Query").actor("gold").chunking(true).chunkSize(2).build();
    }

    @Test
    void failureAtTheThirdChunkCarriesChunkNumThreeAndChunkMaxZero() {
        failAt = 3;
        List<Response> out = chunks(query());
        assertEquals(List.of(1, 2, 3), out.stream().map(Response::chunkNum).toList());
        assertEquals(List.of(-1, -1, 0), out.stream().map(Response::chunkMax).toList());
        assertEquals(List.of(Status.Success, Status.Success, Status.Failure), out.stream().map(Response::status).toList());
        Response failure = out.get(2);
        assertEquals("720", failure.code());
        assertEquals("chunk 3 failed", failure.message());
        assertTrue(failure.data().isEmpty());
        assertEquals("p2.0", out.get(1).data().get(0).get("Name"));
    }

    @Test
    void failureAtTheFirstChunkIsAPlainSingleChunkFailure() {
        failAt = 1;
        List<Response> out = chunks(query());
        assertEquals(1, out.size());
        assertEquals(Status.Failure, out.get(0).status());
        assertEquals(1, out.get(0).chunkNum());
        assertEquals(0, out.get(0).chunkMax());
    }
}
