package gold.server.engine;

import gold.server.sql.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Transaction journal rows a request has recorded but not yet inserted: written as one multi-row
 * INSERT instead of one statement per row. Each row's values (ids, request id, time) are fixed when it
 * is recorded, so deferring the insert changes no number. Flushed before anything reads g_transaction
 * within the request and before the request commits.
 */
final class JournalBatch {
    /** Rows per INSERT: 22 parameters each stays far below every driver's parameter limit. */
    private static final int ROWS_PER_INSERT = 500;
    private final List<Sql> pending = new ArrayList<>();

    void add(Sql values) {
        pending.add(values);
    }

    void flush(Connection c) throws SQLException {
        for (int from = 0; from < pending.size(); from += ROWS_PER_INSERT) {
            Sql insert = new Sql(TransactionRecord.INSERT);
            List<Sql> rows = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_INSERT));
            for (int i = 0; i < rows.size(); i++) {
                insert.add(i == 0 ? "" : ", ").append(rows.get(i));
            }
            insert.update(c);
        }
        pending.clear();
    }
}
