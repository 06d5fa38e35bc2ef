package gold.server.sql;

import gold.server.meta.DataType;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Every difference between the SQL databases Gold runs on (SQLite, PostgreSQL). Everything else the
 * server sends is plain SQL generated from the metadata and works on both.
 */
public interface Dialect {
    /** What went wrong with a statement, as far as the request frame cares. */
    enum Failure {
        /** Serialization failure, deadlock, lock timeout or busy database: run the whole request again. */
        RETRY,
        /** The database cannot be reached or refuses writes (read-only, standby): 730, clients fail over. */
        UNAVAILABLE,
        /** Anything else: 720. */
        OTHER
    }

    String name();

    /**
     * Starts a transaction that will write. SQLite: BEGIN IMMEDIATE, one writer at a time. PostgreSQL:
     * READ COMMITTED, so the hot id counters (one row each) make concurrent writers queue instead of
     * failing; checks that must not race take {@link #lockKey} first.
     */
    void beginWrite(Connection c) throws SQLException;

    /** Starts a read-only transaction. */
    void beginRead(Connection c) throws SQLException;

    /** Inside a write transaction: blocks other servers from bootstrapping at the same time. */
    void lockForBootstrap(Connection c) throws SQLException;

    /**
     * Inside a write transaction: waits until no other transaction holds the same key, then holds it
     * until commit or rollback (used before a check-then-insert such as Create's duplicate check).
     * PostgreSQL holds a row lock that excludes every other writer's id phase, whatever the key.
     */
    void lockKey(Connection c, String key) throws SQLException;

    Failure classify(SQLException e);

    /**
     * The clause that makes a SELECT lock the rows it returns until the transaction ends (PostgreSQL
     * {@code FOR UPDATE}); empty where a write transaction already excludes every other writer (SQLite).
     */
    default String forUpdate() {
        return "";
    }

    /**
     * Switches the connection's commits to "fast, may be lost on a crash" or back. Only the request-id
     * increment of read-only requests uses it: losing such an increment loses nothing but a number,
     * and the next durable commit makes every earlier one durable anyway.
     */
    void relaxedCommits(Connection c, boolean relaxed) throws SQLException;

    /**
     * Switches the connection's lock waits to {@code millis} milliseconds (PostgreSQL lock_timeout,
     * SQLite busy timeout), or back to the configured wait with a negative value. Only the request-id
     * increment of read-only requests uses it, so that a write held open cannot hold up a read.
     */
    void lockWait(Connection c, long millis) throws SQLException;

    /**
     * Commits and tells whether the commit is confirmed. PostgreSQL reports a cancelled wait for
     * synchronous replication as success with a warning; such a commit is not confirmed (250).
     */
    default boolean commit(Connection c) throws SQLException {
        c.commit();
        return true;
    }

    /**
     * Ends a transaction that only read, telling whether every commit it saw is confirmed durable.
     * Used before a stored reply is returned for a repeated request key: the first attempt may have
     * been answered 250 because its commit was not confirmed, and its reply must not turn into a
     * success before it is. PostgreSQL commits a transaction with an id, whose confirmed commit
     * record lies after every commit it saw; elsewhere a rollback is enough.
     */
    default boolean confirmSeenCommits(Connection c) throws SQLException {
        c.rollback();
        return true;
    }

    /** Column type for an attribute added at run time (docs/data-model.md, Run-time customisation; times are 64-bit). */
    default String columnType(DataType type) {
        return switch (type) {
            case String -> "varchar(1024)";
            case Integer, AutoGen -> "integer";
            case TimeStamp -> "bigint";
            case Float, Currency -> "double precision";
            case Boolean -> "varchar(5)";
        };
    }
}
