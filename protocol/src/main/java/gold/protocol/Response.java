package gold.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A Gold response chunk (the {@code <Response>} element). {@code count} is -1 when absent;
 * {@code chunkNum}/{@code chunkMax} follow protocol.md 3.3 (1/0 for a single-chunk reply, which
 * is written without chunk attributes). {@code actor} is the server process user, {@code server}
 * our server-identity attribute ("" when absent).
 */
public record Response(Status status, String code, String message, long count, List<Row> data,
                       int chunkNum, int chunkMax, String actor, String server) {
    public Response {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        data = List.copyOf(data);
        actor = actor == null ? "" : actor;
        server = server == null ? "" : server;
    }

    public static Response success(String code, String message, long count, List<Row> data) {
        return new Response(Status.forCode(code), code, message, count, data, 1, 0, "", "");
    }

    public static Response success(String message) {
        return new Response(Status.Success, "000", message, -1, List.of(), 1, 0, "", "");
    }

    public static Response failure(String code, String message) {
        return new Response(Status.Failure, code, message, -1, List.of(), 1, 0, "", "");
    }

    public static Response failure(GoldException e) {
        return failure(e.code(), e.getMessage());
    }

    public boolean isFailure() { return status == Status.Failure; }

    /** The exit status integrators rely on: code / 10 (decisions.md). */
    public int exitStatus() {
        try {
            return Integer.parseInt(code) / 10;
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    public Response withChunk(int num, int max) {
        return new Response(status, code, message, count, data, num, max, actor, server);
    }

    public Response withActor(String newActor) {
        return new Response(status, code, message, count, data, chunkNum, chunkMax, newActor, server);
    }

    public Response withServer(String newServer) {
        return new Response(status, code, message, count, data, chunkNum, chunkMax, actor, newServer);
    }

    public Response withStatus(Status newStatus, String newCode, String newMessage) {
        return new Response(newStatus, newCode, newMessage, count, data, chunkNum, chunkMax, actor, server);
    }
}
