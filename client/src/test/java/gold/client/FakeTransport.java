package gold.client;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A transport that records every request and answers with queued canned responses. */
public final class FakeTransport implements Transport {
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Response> replies = new ArrayDeque<>();

    public FakeTransport reply(Response r) {
        replies.add(r);
        return this;
    }

    public FakeTransport success(String message, Row... rows) {
        return reply(Response.success("000", message, rows.length, List.of(rows)));
    }

    public FakeTransport rows(Row... rows) {
        return reply(Response.success("000", "", rows.length, List.of(rows)));
    }

    public FakeTransport failure(String code, String message) {
        return reply(Response.failure(code, message));
    }

    @Override
    public Response send(Request request) {
        requests.add(request);
        if (replies.isEmpty()) {
            throw new AssertionError("unexpected request " + request);
        }
        return replies.removeFirst();
    }

    public List<Request> requests() {
        return requests;
    }

    public Request request(int i) {
        return requests.get(i);
    }

    /** A data row from alternating field names and values. */
    public static Row row(String name, String... kv) {
        Row.Builder b = new Row.Builder(name);
        for (int i = 0; i < kv.length; i += 2) {
            b.put(kv[i], kv[i + 1]);
        }
        return b.build();
    }
}
