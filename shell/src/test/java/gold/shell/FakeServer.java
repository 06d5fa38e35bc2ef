package gold.shell;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A stand-in for the Gold server behind goldsh's transport: records every request it receives and
 * answers with the chunks its handler gives (a Success without data by default).
 */
final class FakeServer implements ChunkTransport {
    private final List<Request> received = new ArrayList<>();
    private Function<Request, List<Response>> handler = r -> List.of(Response.success(""));

    FakeServer answer(Function<Request, List<Response>> h) {
        this.handler = h;
        return this;
    }

    @Override
    public synchronized List<Response> sendAll(Request request) {
        received.add(request);
        return handler.apply(request);
    }

    synchronized List<Request> received() {
        return List.copyOf(received);
    }

    static Row row(String object, String... namesAndValues) {
        Row.Builder b = new Row.Builder(object);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    static Response rows(String message, Row... rows) {
        return Response.success("000", message, rows.length, List.of(rows));
    }
}
