package gold.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A Gold response chunk (the {@code <Response>} element). {@code count} is -1 when absent;
 * {@code chunkNum}/{@code chunkMax} follow docs/protocol.md, Chunking (1/0 for a single-chunk reply, which
 * is written without chunk attributes). {@code actor} is the server process user, {@code server}
 * our server-identity attribute ("" when absent).
 *
 * <p>{@code countText} is the Count exactly as it travels: bank replies carry formatted amounts such
 * as {@code 123.45} (currency.precision) that a long cannot hold. Built from a long, it is that number
 * ("" when negative); built from a text, {@code count} is the text rounded half-even (-1 when the text
 * is empty or not a number). The nine-component constructor keeps working as before.
 */
public record Response(Status status, String code, String message, long count, List<Row> data,
                       int chunkNum, int chunkMax, String actor, String server, String countText) {
    public Response {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        data = List.copyOf(data);
        actor = actor == null ? "" : actor;
        server = server == null ? "" : server;
        if (countText == null || countText.isEmpty()) {
            countText = count >= 0 ? Long.toString(count) : "";
        } else {
            count = countOf(countText);
        }
    }

    public Response(Status status, String code, String message, long count, List<Row> data,
                    int chunkNum, int chunkMax, String actor, String server) {
        this(status, code, message, count, data, chunkNum, chunkMax, actor, server, "");
    }

    private static long countOf(String text) {
        try {
            return new BigDecimal(text.strip()).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }

    /** A success whose Count is a formatted amount ("123.45"). */
    public static Response success(String code, String message, String countText, List<Row> data) {
        return new Response(Status.forCode(code), code, message, -1, data, 1, 0, "", "", countText);
    }

    /** This response with its Count replaced by a formatted text ("" = no Count). */
    public Response withCount(String newCountText) {
        return new Response(status, code, message, -1, data, chunkNum, chunkMax, actor, server, newCountText);
    }

    public static Response success(String code, String message, long count, List<Row> data) {
        return new Response(Status.forCode(code), code, message, count, data, 1, 0, "", "");
    }

    public static Response success(String message) {
        return new Response(Status.Success, Code.SUCCESS.code(), message, -1, List.of(), 1, 0, "", "");
    }

    public static Response failure(String code, String message) {
        return new Response(Status.Failure, code, message, -1, List.of(), 1, 0, "", "");
    }

    public static Response failure(GoldException e) {
        return failure(e.code(), e.getMessage());
    }

    public boolean isFailure() { return status == Status.Failure; }

    /** This failure as an exception with its code and message, to pass on a failed inner request. */
    public GoldException exception() {
        return new GoldException(code, message, null);
    }

    /** The exit status integrators rely on: code / 10 (docs/differences.md). */
    public int exitStatus() {
        try {
            return Integer.parseInt(code) / 10;
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    public Response withChunk(int num, int max) {
        return new Response(status, code, message, count, data, num, max, actor, server, countText);
    }

    public Response withActor(String newActor) {
        return new Response(status, code, message, count, data, chunkNum, chunkMax, newActor, server, countText);
    }

    public Response withServer(String newServer) {
        return new Response(status, code, message, count, data, chunkNum, chunkMax, actor, newServer, countText);
    }

    public Response withStatus(Status newStatus, String newCode, String newMessage) {
        return new Response(newStatus, newCode, newMessage, count, data, chunkNum, chunkMax, actor, server, countText);
    }
}
