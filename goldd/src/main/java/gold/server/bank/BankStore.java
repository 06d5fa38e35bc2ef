package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.TransactionRecord;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the bank reads and writes, inside the request's single database transaction. Reads return
 * non-deleted rows; writes are the generic engine's uncooked sub-steps (each journals its own generic
 * Transaction record as the super user) plus {@link #journal} for the bank's own entries. Backed by SQL
 * in the server and by memory in unit tests.
 */
public interface BankStore {
    // ---- reads
    Optional<Entity> entity(Entity.Kind kind, String name) throws SQLException;

    boolean accountExists(long id) throws SQLException;

    /** Whether {@code user} is an administrator (ProjectUser Admin=True) of {@code project}. */
    boolean projectAdmin(String project, String user) throws SQLException;

    List<Allocation> allocations() throws SQLException;

    /** The allocations of one account; a store may read them selectively (same rows as the filter). */
    default List<Allocation> allocationsOf(long account) throws SQLException {
        return allocations().stream().filter(a -> a.account() == account).toList();
    }

    /**
     * At least every allocation whose cached Active flag disagrees with its window at {@code now}
     * (what Refresh flips); callers re-check, so a store may return more.
     */
    default List<Allocation> staleAllocations(long now) throws SQLException {
        return allocations().stream().filter(a -> a.activeAt(now) != a.active()).toList();
    }

    AccessLists accessLists() throws SQLException;

    /**
     * At least every account that Balance's access rules (docs/bank.md, For Balance and Reservation Query) could accept for the
     * given user, project and machine ("" = absent): one with an allowing entry matching each of the
     * three lists. Callers re-check with {@link AccessRules}, so a store may return more.
     */
    default Set<Long> balanceAccounts(String user, String project, String machine) throws SQLException {
        return allocations().stream().map(Allocation::account).collect(Collectors.toSet());
    }

    /** The allocations of the given accounts, ascending by id like {@link #allocations}. */
    default List<Allocation> allocationsIn(Collection<Long> accounts) throws SQLException {
        Set<Long> wanted = Set.copyOf(accounts);
        return allocations().stream().filter(a -> wanted.contains(a.account())).toList();
    }

    /**
     * Access lists enough to resolve the given accounts with {@link AccessRules#forBalance}: every entry
     * of those accounts, the memberships of the given user and machine (all when ""; none when no entry
     * of theirs is MEMBERS), and the links up
     * from those accounts through all their ancestors. A store may return more.
     */
    default AccessLists accessListsFor(Collection<Long> accounts, String user, String machine) throws SQLException {
        return accessLists();
    }

    // ---- row locks (held until the request's transaction ends; see package-info, Concurrency)

    /**
     * Locks the rows of bootstrap table {@code table} with the given ids, in ascending id order. A
     * store whose writers are already serialized (SQLite, memory) does nothing.
     */
    default void lock(String table, Collection<Long> ids) throws SQLException {
    }

    /** Locks the live allocations with the given ids in ascending id order and returns them as they are now. */
    default List<Allocation> lockAllocations(Collection<Long> ids) throws SQLException {
        Set<Long> wanted = Set.copyOf(ids);
        return allocations().stream().filter(a -> wanted.contains(a.id())).toList();
    }

    /** Locks the live allocations of the given accounts in ascending id order and returns them as they are now. */
    default List<Allocation> lockAllocationsOf(Collection<Long> accounts) throws SQLException {
        return allocationsIn(accounts);
    }

    List<Reservation> reservations() throws SQLException;

    /** The reservations with the given ids. */
    default List<Reservation> reservationsIn(Collection<Long> ids) throws SQLException {
        Set<Long> wanted = Set.copyOf(ids);
        return reservations().stream().filter(r -> wanted.contains(r.id())).toList();
    }

    /**
     * The reservations named {@code name} (the scheduler's job id), ascending by id; with {@code lock}
     * their rows are locked first, so a reservation consumed meanwhile by another request is not returned.
     */
    default List<Reservation> reservationsNamed(String name, boolean lock) throws SQLException {
        return reservations().stream().filter(r -> r.name().equals(name)).toList();
    }

    List<Hold> holds() throws SQLException;

    /** The ReservationAllocation rows of the given reservations, ordered by reservation and id. */
    default List<Hold> holdsOfReservations(Collection<Long> reservations) throws SQLException {
        Set<Long> wanted = Set.copyOf(reservations);
        return holds().stream().filter(h -> wanted.contains(h.reservation())).toList();
    }

    /** The links whose parent is {@code parent}. */
    default List<AccountLink> childLinks(long parent) throws SQLException {
        return accessLists().links().stream().filter(l -> l.parent() == parent).toList();
    }

    /** The ReservationAllocation rows of one account. */
    default List<Hold> holdsOf(long account) throws SQLException {
        return holds().stream().filter(h -> h.account() == account).toList();
    }

    /** The ReservationAllocation rows of the given accounts. */
    default List<Hold> holdsIn(Collection<Long> accounts) throws SQLException {
        Set<Long> wanted = Set.copyOf(accounts);
        return holds().stream().filter(h -> wanted.contains(h.account())).toList();
    }

    List<Rate> chargeRates() throws SQLException;

    Optional<Quotation> quotation(long id) throws SQLException;

    /** The quotation, its row locked first when {@code lock} (a Charge consumes one of its uses). */
    default Optional<Quotation> quotation(long id, boolean lock) throws SQLException {
        if (lock) {
            lock("g_quotation", List.of(id));
        }
        return quotation(id);
    }

    List<Rate> quotationRates(long quotation) throws SQLException;

    /** Jobs at Stage Charge matching the given JobId and/or Gold id ("" = any), at most {@code limit}. */
    List<ChargedJob> chargedJobs(String jobId, String id, int limit) throws SQLException;

    /** The Job Charge journal entries of Gold job {@code jobId} with an account, oldest first. */
    List<ChargeEntry> chargeEntries(long jobId) throws SQLException;

    /** Non-hidden Job attribute names in Sequence order (what job data may copy into the job record). */
    List<String> jobAttributes() throws SQLException;

    /** Runs a (cooked, authorized) client request on the generic engine as it is, keeping its actor. */
    Response generic(Request request) throws SQLException;

    // ---- writes (generic sub-steps, uncooked; the id returned is the new AutoGen Id or 0)
    long create(String object, List<Assignment> values) throws SQLException;

    int modify(String object, List<Condition> where, List<Assignment> set) throws SQLException;

    /** Soft-deletes the matching rows (cascading like the generic engine); returns how many. */
    int delete(String object, List<Condition> where) throws SQLException;

    int undelete(String object, List<Condition> where) throws SQLException;

    /** Writes one bank Transaction record with the next transaction id. */
    void journal(TransactionRecord record) throws SQLException;
}
