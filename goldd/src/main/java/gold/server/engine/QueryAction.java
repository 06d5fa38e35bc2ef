package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.List;

/**
 * Generic Query (docs/data-model.md, Actions): the rows of the context's chunk window plus one look-ahead row,
 * so the frame knows whether more follow. Options Limit and Offset bound the whole result (chunks are
 * cut inside it, so a chunked query with a Limit always ends, docs/protocol.md, Chunking).
 */
final class QueryAction {
    private QueryAction() {
    }

    static Response run(RequestContext ctx, Request request) throws SQLException {
        ChunkWindow w = ctx.window();
        long limit = w.size() + 1;
        long offset = w.offset();
        String limitOption = request.option("Limit");
        if (limitOption != null && !limitOption.isEmpty()) {
            long total = number("Limit", limitOption);
            String offsetOption = request.option("Offset");
            offset += offsetOption == null || offsetOption.isEmpty() ? 0 : number("Offset", offsetOption);
            limit = Math.max(0, Math.min(limit, total - w.offset()));
        }
        SelectBuilder.Select select = SelectBuilder.build(ctx.metadata(), request, limit, offset);
        List<Row> rows = RowReader.read(ctx.connection(), select.sql(), select.rowName(), select.fields(), limit);
        return Response.success(Code.SUCCESS.code(), "", rows.size(), rows);
    }

    private static long number(String option, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw Code.INVALID_VALUE.exception("Invalid integer value for " + option + ": (" + value + ")");
    }
}
