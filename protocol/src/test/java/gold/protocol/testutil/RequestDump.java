package gold.protocol.testutil;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Formats a parsed request like the classic server's internal dump recorded in the vectors
 * ({@code server_receive.request}), so our reader's result can be compared field by field.
 */
public final class RequestDump {
    private RequestDump() {
    }

    public static String of(Request r, int serverChunkSize) {
        int client = r.chunkSize() > 0 ? r.chunkSize() : 1_000_000_000;
        int server = serverChunkSize > 0 ? serverChunkSize : 1_000_000_000;
        return "(" + r.action() + ", " + r.actor() + ", "
                + list(r.objects(), (ObjectRef o) -> t(o.name(), o.alias(), o.join())) + ", "
                + list(r.selections(), (Selection s) -> t(s.name(), s.op(), s.object(), s.alias())) + ", "
                + list(r.assignments(), (Assignment a) -> t(a.name(), a.value(), a.op())) + ", "
                + list(r.conditions(), (Condition c) -> t(c.name(), c.value(), c.op(), c.conj(), c.group(), c.object(),
                        c.subject())) + ", "
                + list(r.options(), (Option o) -> t(o.name(), o.value(), o.op())) + ", "
                + list(r.data(), RequestDump::row) + ", 0, " + (r.chunking() ? 1 : 0) + ", "
                + Math.min(client, server) + ", )";
    }

    private static String row(Row row) {
        StringBuilder sb = new StringBuilder("<" + row.name() + ">");
        for (Row.Field f : row.fields()) {
            sb.append('<').append(f.name()).append('>').append(f.value()).append("</").append(f.name()).append('>');
        }
        return sb.append("</").append(row.name()).append('>').toString();
    }

    private static String t(String... parts) {
        return "(" + String.join(", ", parts) + ")";
    }

    private static <T> String list(List<T> items, Function<T, String> f) {
        List<String> out = new ArrayList<>();
        for (T item : items) {
            out.add(f.apply(item));
        }
        return "[" + String.join(", ", out) + "]";
    }
}
