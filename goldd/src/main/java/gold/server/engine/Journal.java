package gold.server.engine;

import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Row;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.List;

/**
 * Row-level history (docs/data-model.md, Journal tables): before an UPDATE-style statement the current versions of
 * exactly the rows it will touch are copied unchanged into the object's {@code _log} table. Also
 * reads back "the rows this step wrote" by their transaction id.
 */
final class Journal {
    private Journal() {
    }

    /** Copies the rows matched by the WHERE clause into the journal; returns how many. */
    static int checkpoint(RequestContext ctx, ObjectMeta o, Sql where) throws SQLException {
        return new Sql("INSERT INTO " + o.table() + "_log SELECT * FROM " + o.table()).append(where)
                .update(ctx.connection());
    }

    /** The rows written by transaction T with the default selection (deleted ones when asked). */
    static List<Row> rowsOf(RequestContext ctx, ObjectMeta o, long transactionId, boolean showHidden,
                            boolean deleted) throws SQLException {
        Request.Builder q = Request.builder(o.name(), "Query")
                .where(Condition.eq("TransactionId", String.valueOf(transactionId)));
        if (deleted) {
            q.where(Condition.eq("Deleted", "True"));
        }
        if (showHidden) {
            q.option("ShowHidden", "True");
        }
        SelectBuilder.Select s = SelectBuilder.build(ctx.metadata(), q.build(), Long.MAX_VALUE / 4, 0);
        return RowReader.read(ctx.connection(), s.sql(), s.rowName(), s.fields(), Long.MAX_VALUE);
    }
}
