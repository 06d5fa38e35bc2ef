package gold.server.engine;

import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a reply in g_request_key: one header line (status, code, count, message) and
 * one line per data row, tab-separated with backslash escapes, so a repeated request key gets back
 * exactly the reply of the first execution.
 */
final class ReplyCodec {
    private ReplyCodec() {
    }

    static String encode(Response r) {
        StringBuilder b = new StringBuilder();
        b.append(r.status().name()).append('\t').append(r.code()).append('\t').append(r.count()).append('\t')
                .append(escape(r.message()));
        for (Row row : r.data()) {
            b.append('\n').append(escape(row.name()));
            for (Row.Field f : row.fields()) {
                b.append('\t').append(escape(f.name())).append('\t').append(escape(f.value()));
            }
        }
        return b.toString();
    }

    static Response decode(String text) {
        String[] lines = text.split("\n", -1);
        String[] head = lines[0].split("\t", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            Row.Builder row = new Row.Builder(unescape(cells[0]));
            for (int j = 1; j + 1 < cells.length; j += 2) {
                row.put(unescape(cells[j]), unescape(cells[j + 1]));
            }
            rows.add(row.build());
        }
        return new Response(Status.valueOf(head[0]), head[1], unescape(head[3]), Long.parseLong(head[2]), rows,
                1, 0, "", "");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
