package gold.bench;

import java.sql.SQLException;

/**
 * Grows the PostgreSQL bank behind a running goldd to a number of accounts and journal rows with
 * plain SQL (INSERT ... SELECT generate_series, far faster than the protocol), so Balance and Charge
 * latency can be measured at 1k, 10k and 100k accounts and up to 1,000,000 journal rows. The extra
 * accounts belong to other users and projects (each with an allocation and access rows), so amy's
 * answer stays the same while the server has more to look through.
 */
public final class Scale {
    /** Each step measures at least this many requests of each kind ... */
    public static final int SAMPLES = 30;
    /** ... within at most this long (a Charge at 100k accounts takes most of a second, its Reserve as long). */
    public static final double MAX_SECONDS = 90;
    private final Postgres pg;
    private final String database;
    private long accounts;

    public Scale(Postgres pg, String database) {
        this.pg = pg;
        this.database = database;
    }

    /** Adds accounts (with allocation and access rows) until there are {@code target} extra ones. */
    public void accounts(long target) throws SQLException {
        if (target <= accounts) {
            return;
        }
        long first = Long.parseLong(pg.value(database, "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Account'"));
        long firstAlloc = Long.parseLong(pg.value(database, "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Allocation'"));
        long n = target - accounts;
        String now = "extract(epoch from now())::bigint";
        String series = "generate_series(0, " + (n - 1) + ") AS i";
        pg.execute(database,
                "INSERT INTO g_account (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_id, g_name)"
                        + " SELECT " + now + ", " + now + ", 0, 0, " + first + " + i, 'scale' || (" + first + " + i) FROM " + series,
                "INSERT INTO g_allocation (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_id, g_account,"
                        + " g_amount, g_deposited) SELECT " + now + ", " + now + ", 0, 0, " + firstAlloc + " + i, " + first
                        + " + i, 1000, 1000 FROM " + series,
                "INSERT INTO g_account_user (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_account, g_name)"
                        + " SELECT " + now + ", " + now + ", 0, 0, " + first + " + i, 'user' || (i % 5000) FROM " + series,
                "INSERT INTO g_account_project (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_account, g_name)"
                        + " SELECT " + now + ", " + now + ", 0, 0, " + first + " + i, 'project' || (" + first + " + i) FROM " + series,
                "INSERT INTO g_account_machine (g_creation_time, g_modification_time, g_request_id, g_transaction_id, g_account, g_name)"
                        + " SELECT " + now + ", " + now + ", 0, 0, " + first + " + i, 'ANY' FROM " + series,
                "UPDATE g_key_generator SET g_next_id = g_next_id + " + n + " WHERE g_name IN ('Account', 'Allocation')",
                "ANALYZE");
        accounts = target;
    }

    /** Adds Charge journal rows (of other jobs) until g_transaction holds {@code target} rows. */
    public void journal(long target) throws SQLException {
        long have = Long.parseLong(pg.value(database, "SELECT count(*) FROM g_transaction"));
        if (target <= have) {
            return;
        }
        long n = target - have;
        long first = Long.parseLong(pg.value(database, "SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"));
        String now = "extract(epoch from now())::bigint";
        pg.execute(database,
                "INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child, g_count, g_creation_time,"
                        + " g_modification_time, g_request_id, g_transaction_id, g_project, g_user, g_machine, g_job_id,"
                        + " g_amount, g_delta, g_account, g_allocation) SELECT " + first + " + i, 'Job', 'Charge', 'gold',"
                        + " 'scale.' || i, 'scale.' || i, 1, " + now + " - i, " + now + " - i, 0, " + first + " + i,"
                        + " 'project' || (i % 1000), 'user' || (i % 5000), 'colony', 'scale.' || i, 10, -10, 0, 0"
                        + " FROM generate_series(0, " + (n - 1) + ") AS i",
                "UPDATE g_key_generator SET g_next_id = g_next_id + " + n + " WHERE g_name = 'Transaction'",
                "ANALYZE");
    }
}
