package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.RequestContext;
import gold.server.engine.TransactionRecord;
import gold.server.meta.AttributeMeta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;

/**
 * The {@link BankStore} of a running server: reads straight from the bootstrap tables on the
 * request's connection, writes through the generic engine as uncooked sub-requests of the super user
 * (docs/data-model.md, Internal sub-requests, so every step journals its generic record), bank entries through
 * {@link TransactionRecord}.
 */
final class SqlBankStore implements BankStore {
    private static final String LIVE = " COALESCE(g_deleted, 'False') <> 'True'";
    private final RequestContext ctx;
    private final Connection c;
    private final ChargeRateCache rates;

    SqlBankStore(RequestContext ctx, ChargeRateCache rates) {
        this.ctx = ctx;
        this.c = ctx.connection();
        this.rates = rates;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    /** Bound parameters per IN list, well below every driver's limit. */
    private static final int CHUNK = 500;
    /** From this many values on, one scan of the table beats the IN lists (a Balance of nearly everyone). */
    private static final int WHOLE = 20 * CHUNK;

    /**
     * The rows of {@code base} (a query ending in its WHERE conditions) whose {@code column}, read as
     * {@code key}, is one of {@code values}: through IN lists of at most {@link #CHUNK} values, or for
     * very many values by reading every row and keeping the wanted ones. Callers do not rely on row order.
     */
    private <T> List<T> queryIn(String base, String column, Collection<?> values, RowMapper<T> mapper,
                                Function<T, Object> key) throws SQLException {
        if (values.size() >= WHOLE) {
            Set<?> wanted = Set.copyOf(values);
            return query(base, mapper).stream().filter(row -> wanted.contains(key.apply(row))).toList();
        }
        List<?> all = List.copyOf(values);
        List<T> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            out.addAll(query(base + " AND " + column + " IN (" + marks + ")", mapper, chunk.toArray()));
        }
        return out;
    }

    /** {@link #queryIn} in the given order. */
    private <T> List<T> sortedIn(String base, String column, Collection<?> values, RowMapper<T> mapper,
                                 Function<T, Object> key, Comparator<T> order) throws SQLException {
        List<T> list = new ArrayList<>(queryIn(base, column, values, mapper, key));
        list.sort(order);
        return list;
    }

    private static String s(ResultSet rs, int i) throws SQLException {
        String v = rs.getString(i);
        return v == null ? "" : v;
    }

    private static long l(ResultSet rs, int i) throws SQLException {
        String v = rs.getString(i);
        return v == null || v.isBlank() ? 0 : (long) Money.number(v);
    }

    private static double d(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? 0 : v;
    }

    // ---- reads
    @Override
    public Optional<Entity> entity(Entity.Kind kind, String name) throws SQLException {
        String table = "g_" + kind.object().toLowerCase(Locale.ROOT);
        String dflt = kind == Entity.Kind.USER ? "g_default_project" : "''";
        return query("SELECT g_active, g_special, " + dflt + " FROM " + table + " WHERE g_name = ? AND" + LIVE,
                rs -> new Entity(kind, name, "True".equals(rs.getString(1)), "True".equals(rs.getString(2)), s(rs, 3)),
                name).stream().findFirst();
    }

    @Override
    public boolean accountExists(long id) throws SQLException {
        return !query("SELECT 1 FROM g_account WHERE g_id = ? AND" + LIVE, rs -> 1, id).isEmpty();
    }

    @Override
    public boolean projectAdmin(String project, String user) throws SQLException {
        return !query("SELECT 1 FROM g_project_user WHERE g_project = ? AND g_name = ? AND g_admin = 'True' AND" + LIVE,
                rs -> 1, project, user).isEmpty();
    }

    // ---- row locks: SELECT ... FOR UPDATE in ascending id order, so two requests never wait on each other in a circle

    @Override
    public void lock(String table, Collection<Long> ids) throws SQLException {
        String forUpdate = ctx.dialect().forUpdate();
        if (forUpdate.isEmpty() || ids.isEmpty()) {
            return;
        }
        Object[] sorted = sorted(ids);
        query("SELECT g_id FROM " + table + " WHERE g_id IN (" + marks(sorted.length) + ") ORDER BY g_id" + forUpdate,
                rs -> 1, sorted);
    }

    @Override
    public List<Allocation> lockAllocations(Collection<Long> ids) throws SQLException {
        return lockAllocationsWhere("g_id", ids);
    }

    @Override
    public List<Allocation> lockAllocationsOf(Collection<Long> accounts) throws SQLException {
        return lockAllocationsWhere("g_account", accounts);
    }

    /** The allocations whose {@code column} is one of {@code values}, locked in ascending id order. */
    private List<Allocation> lockAllocationsWhere(String column, Collection<Long> values) throws SQLException {
        if (values.isEmpty()) {
            return List.of();
        }
        Object[] sorted = sorted(values);
        return query(ALLOCATION_COLUMNS + " AND " + column + " IN (" + marks(sorted.length) + ") ORDER BY g_id"
                + ctx.dialect().forUpdate(), SqlBankStore::allocation, sorted);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Object[] sorted(Collection<Long> ids) {
        return new TreeSet<>(ids).toArray();
    }

    private static final String ALLOCATION_COLUMNS = "SELECT g_id, g_account, g_start_time, g_end_time, g_amount,"
            + " g_credit_limit, g_deposited, g_active, g_call_type FROM g_allocation WHERE" + LIVE;

    private static Allocation allocation(ResultSet rs) throws SQLException {
        return new Allocation(l(rs, 1), l(rs, 2), l(rs, 3), rs.getString(4) == null ? Window.INFINITY : l(rs, 4),
                d(rs, 5), d(rs, 6), d(rs, 7), "True".equals(rs.getString(8)),
                rs.getString(9) == null ? "Normal" : rs.getString(9));
    }

    @Override
    public List<Allocation> allocations() throws SQLException {
        return query(ALLOCATION_COLUMNS + " ORDER BY g_id", SqlBankStore::allocation);
    }

    @Override
    public List<Allocation> allocationsOf(long account) throws SQLException {
        return query(ALLOCATION_COLUMNS + " AND g_account = ? ORDER BY g_id", SqlBankStore::allocation, account);
    }

    @Override
    public List<Allocation> allocationsIn(Collection<Long> accounts) throws SQLException {
        return sortedIn(ALLOCATION_COLUMNS, "g_account", accounts, SqlBankStore::allocation, Allocation::account,
                Comparator.comparingLong(Allocation::id));
    }

    /**
     * The half-open window test of {@link Window#contains} in SQL, NULL bounds read as the infinities;
     * the first condition (not active, or possibly out of the window) is a superset that the indexes on
     * g_active, g_start_time and g_end_time serve, so the active allocations in their window are not read.
     */
    @Override
    public List<Allocation> staleAllocations(long now) throws SQLException {
        return query(ALLOCATION_COLUMNS + " AND (g_active IS NULL OR g_active < 'True' OR g_active > 'True'"
                        + " OR g_start_time > ? OR g_end_time <= ? OR g_end_time IS NULL)"
                        + " AND CASE WHEN COALESCE(g_start_time, 0) <= ? AND COALESCE(g_end_time, "
                        + Window.INFINITY + ") > ? THEN 'True' ELSE 'False' END <> COALESCE(g_active, 'False') ORDER BY g_id",
                SqlBankStore::allocation, now, now, now, now);
    }

    @Override
    public AccessLists accessLists() throws SQLException {
        return AccessLists.of(entries("g_account_project"), entries("g_account_user"), entries("g_account_machine"),
                members("g_project_user"), members("g_project_machine"),
                query(LINK_COLUMNS, SqlBankStore::link));
    }

    /** One access list, its entry test for a given name ("" = absent) as in AccessRules.forBalance. */
    private record Dimension(String table, String name, boolean project) {
        String allowing(String alias, List<Object> params) {
            String test;
            if (name.isEmpty()) {
                test = "COALESCE(" + alias + ".g_name, '') <> 'NONE'";
            } else {
                test = alias + ".g_name IN ('ANY', " + (project ? "" : "'MEMBERS', ") + "?)";
                params.add(name);
            }
            return test + " AND COALESCE(" + alias + ".g_access, 'True') <> 'False' AND COALESCE(" + alias
                    + ".g_deleted, 'False') <> 'True'";
        }
    }

    /** Driven by the first given name's list (an index lookup), the two others checked per account. */
    @Override
    public Set<Long> balanceAccounts(String user, String project, String machine) throws SQLException {
        List<Dimension> dims = new ArrayList<>(List.of(new Dimension("g_account_user", user, false),
                new Dimension("g_account_project", project, true), new Dimension("g_account_machine", machine, false)));
        Dimension driver = dims.stream().filter(d -> !d.name().isEmpty()).findFirst().orElse(dims.get(1));
        dims.remove(driver);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT DISTINCT d.g_account FROM " + driver.table() + " d WHERE "
                + driver.allowing("d", params));
        for (Dimension o : dims) {
            sql.append(" AND EXISTS (SELECT 1 FROM ").append(o.table()).append(" o WHERE o.g_account = d.g_account AND ")
                    .append(o.allowing("o", params)).append(')');
        }
        return new HashSet<>(query(sql.toString(), rs -> l(rs, 1), params.toArray()));
    }

    @Override
    public AccessLists accessListsFor(Collection<Long> accounts, String user, String machine) throws SQLException {
        // the three lists in one statement per IN chunk (the first column says which list)
        List<AccessEntry> projects = new ArrayList<>();
        List<AccessEntry> users = new ArrayList<>();
        List<AccessEntry> machines = new ArrayList<>();
        if (!accounts.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            List<Long> all = List.copyOf(new TreeSet<>(accounts));
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String in = " AND g_account IN (" + marks(chunk.size()) + ")";
                List<Object> params = new ArrayList<>();
                StringBuilder sql = new StringBuilder();
                for (String list : List.of("project", "user", "machine")) {
                    sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(list)
                            .append("', g_account, g_name, g_access FROM g_account_").append(list).append(" WHERE")
                            .append(LIVE).append(in);
                    params.addAll(chunk);
                }
                rows.addAll(query(sql.toString(), rs -> new Object[] {rs.getString(1), entry(rs, 2)}, params.toArray()));
            }
            for (Object[] row : rows) {
                AccessEntry e = (AccessEntry) row[1];
                switch ((String) row[0]) {
                    case "project" -> projects.add(e);
                    case "user" -> users.add(e);
                    default -> machines.add(e);
                }
            }
        }
        // memberships only count through MEMBERS entries
        return AccessLists.of(projects, users, machines,
                hasMembers(users) ? membersNamed("g_project_user", user) : List.of(),
                hasMembers(machines) ? membersNamed("g_project_machine", machine) : List.of(), linksUp(accounts));
    }

    private static boolean hasMembers(List<AccessEntry> entries) {
        return entries.stream().anyMatch(e -> e.name().equals(AccessRules.MEMBERS));
    }

    private List<Membership> membersNamed(String table, String name) throws SQLException {
        return name.isEmpty() ? members(table)
                : query("SELECT g_project, g_name, g_active FROM " + table + " WHERE g_name = ? AND" + LIVE,
                SqlBankStore::membership, name);
    }

    /** The links of the accounts and, generation by generation, of their Overflow parents (ids are text). */
    private List<AccountLink> linksUp(Collection<Long> accounts) throws SQLException {
        List<AccountLink> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>(accounts);
        List<String> frontier = accounts.stream().map(String::valueOf).toList();
        while (!frontier.isEmpty()) {
            List<AccountLink> found = queryIn(LINK_COLUMNS, "g_id", frontier, SqlBankStore::link,
                    link -> String.valueOf(link.child()));
            links.addAll(found);
            List<String> next = new ArrayList<>();
            for (AccountLink link : found) {
                if (link.overflow() && seen.add(link.parent())) {
                    next.add(String.valueOf(link.parent()));
                }
            }
            frontier = next;
        }
        return links;
    }

    private static final String LINK_COLUMNS = "SELECT g_account, g_id, g_deposit_share, g_overflow FROM g_account_account"
            + " WHERE" + LIVE;

    private static AccountLink link(ResultSet rs) throws SQLException {
        return new AccountLink(l(rs, 1), l(rs, 2), l(rs, 3), "True".equals(rs.getString(4)));
    }

    private static AccessEntry entry(ResultSet rs) throws SQLException {
        return entry(rs, 1);
    }

    /** An access entry from the three columns starting at {@code first}: account, name, access. */
    private static AccessEntry entry(ResultSet rs, int first) throws SQLException {
        return new AccessEntry(l(rs, first), s(rs, first + 1), !"False".equals(rs.getString(first + 2)));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(s(rs, 1), s(rs, 2), "True".equals(rs.getString(3)));
    }

    private List<AccessEntry> entries(String table) throws SQLException {
        return query("SELECT g_account, g_name, g_access FROM " + table + " WHERE" + LIVE, SqlBankStore::entry);
    }

    private List<Membership> members(String table) throws SQLException {
        return query("SELECT g_project, g_name, g_active FROM " + table + " WHERE" + LIVE, SqlBankStore::membership);
    }

    private static final String RESERVATION_COLUMNS = "SELECT g_id, g_name, g_job, g_user, g_project, g_machine,"
            + " g_start_time, g_end_time, g_call_type FROM g_reservation WHERE" + LIVE;

    private static Reservation reservation(ResultSet rs) throws SQLException {
        return new Reservation(l(rs, 1), s(rs, 2), s(rs, 3), s(rs, 4), s(rs, 5), s(rs, 6), l(rs, 7),
                rs.getString(8) == null ? Window.INFINITY : l(rs, 8), s(rs, 9));
    }

    @Override
    public List<Reservation> reservations() throws SQLException {
        return query(RESERVATION_COLUMNS + " ORDER BY g_id", SqlBankStore::reservation);
    }

    @Override
    public List<Reservation> reservationsIn(Collection<Long> ids) throws SQLException {
        return sortedIn(RESERVATION_COLUMNS, "g_id", ids, SqlBankStore::reservation, Reservation::id,
                Comparator.comparingLong(Reservation::id));
    }

    private static final String HOLD_COLUMNS = "SELECT g_reservation, g_id, g_account, g_amount"
            + " FROM g_reservation_allocation WHERE" + LIVE;

    /** By reservation and id, the order holds were written in. */
    private static final Comparator<Hold> HOLD_ORDER = Comparator.comparingLong(Hold::reservation)
            .thenComparingLong(Hold::allocation);

    private static Hold hold(ResultSet rs) throws SQLException {
        return new Hold(l(rs, 1), l(rs, 2), l(rs, 3), d(rs, 4));
    }

    @Override
    public List<Reservation> reservationsNamed(String name, boolean lock) throws SQLException {
        return query(RESERVATION_COLUMNS + " AND g_name = ? ORDER BY g_id" + (lock ? ctx.dialect().forUpdate() : ""),
                SqlBankStore::reservation, name);
    }

    @Override
    public List<Hold> holdsOfReservations(Collection<Long> reservations) throws SQLException {
        return sortedIn(HOLD_COLUMNS, "g_reservation", reservations, SqlBankStore::hold, Hold::reservation,
                HOLD_ORDER);
    }

    @Override
    public List<AccountLink> childLinks(long parent) throws SQLException {
        return query(LINK_COLUMNS + " AND g_account = ?", SqlBankStore::link, String.valueOf(parent)); // ids are text
    }

    @Override
    public List<Hold> holds() throws SQLException {
        return query(HOLD_COLUMNS, SqlBankStore::hold);
    }

    @Override
    public List<Hold> holdsOf(long account) throws SQLException {
        return query(HOLD_COLUMNS + " AND g_account = ?", SqlBankStore::hold, account);
    }

    /** Ordered by reservation and id, the order they were written in. */
    @Override
    public List<Hold> holdsIn(Collection<Long> accounts) throws SQLException {
        return sortedIn(HOLD_COLUMNS, "g_account", accounts, SqlBankStore::hold, Hold::account, HOLD_ORDER);
    }

    @Override
    public List<Rate> chargeRates() throws SQLException {
        long version = ctx.metadata().version();
        List<Rate> cached = ctx.ratesChanged() ? null : rates.get(version);
        if (cached != null) {
            return cached;
        }
        List<Rate> read = query("SELECT g_type, g_name, g_rate FROM g_charge_rate WHERE" + LIVE,
                rs -> new Rate(s(rs, 1), s(rs, 2), d(rs, 3)));
        if (!ctx.ratesChanged()) { // rates this request changed are not yet everybody's
            rates.put(version, read);
        }
        return read;
    }

    @Override
    public Optional<Quotation> quotation(long id) throws SQLException {
        return query("SELECT g_id, g_amount, g_start_time, g_end_time, g_job, g_uses, g_call_type FROM g_quotation"
                        + " WHERE g_id = ? AND" + LIVE,
                rs -> new Quotation(l(rs, 1), d(rs, 2), l(rs, 3), l(rs, 4), s(rs, 5), l(rs, 6), s(rs, 7)), id)
                .stream().findFirst();
    }

    @Override
    public List<Rate> quotationRates(long quotation) throws SQLException {
        return query("SELECT g_type, g_name, g_rate FROM g_quotation_charge_rate WHERE g_quotation = ? AND" + LIVE,
                rs -> new Rate(s(rs, 1), s(rs, 2), d(rs, 3)), quotation);
    }

    @Override
    public List<ChargedJob> chargedJobs(String jobId, String id, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT g_id, g_job_id, g_user, g_project, g_machine, g_charge FROM g_job"
                + " WHERE g_stage = 'Charge' AND" + LIVE);
        List<Object> params = new ArrayList<>();
        if (!jobId.isEmpty()) {
            sql.append(" AND g_job_id = ?");
            params.add(jobId);
        }
        if (!id.isEmpty()) {
            if (!id.matches("\\d+")) {
                return List.of();
            }
            sql.append(" AND g_id = ?");
            params.add(Long.parseLong(id));
        }
        sql.append(" ORDER BY g_id LIMIT ").append(limit);
        return query(sql.toString(), rs -> new ChargedJob(l(rs, 1), s(rs, 2), s(rs, 3), s(rs, 4), s(rs, 5), d(rs, 6)),
                params.toArray());
    }

    @Override
    public List<ChargeEntry> chargeEntries(long jobId) throws SQLException {
        ctx.flushJournal(); // this request's own charge rows count too
        return query("SELECT g_id, g_account, g_delta FROM g_transaction WHERE g_object = 'Job' AND g_action = 'Charge'"
                        + " AND g_name = ? AND g_account IS NOT NULL AND g_delta IS NOT NULL AND" + LIVE + " ORDER BY g_id",
                rs -> new ChargeEntry(l(rs, 1), l(rs, 2), d(rs, 3)), String.valueOf(jobId));
    }

    @Override
    public List<String> jobAttributes() {
        List<String> names = new ArrayList<>();
        for (AttributeMeta a : ctx.metadata().require("Job").attributes()) {
            if (!a.hidden()) {
                names.add(a.name());
            }
        }
        return names;
    }

    // ---- writes
    private Response engine(Request.Builder b) throws SQLException {
        return ctx.engine().execute(ctx, b.actor(ctx.superUser()).build());
    }

    /** A Modify/Delete/Undelete sub-step whose caller needs only the count: no rows read back for a reply. */
    private int counted(Request.Builder b) throws SQLException {
        ctx.replyRows(false);
        try {
            return (int) engine(b).count();
        } finally {
            ctx.replyRows(true);
        }
    }

    @Override
    public Response generic(Request request) throws SQLException {
        return ctx.engine().execute(ctx, request);
    }

    @Override
    public long create(String object, List<Assignment> values) throws SQLException {
        Request.Builder b = Request.builder(object, "Create");
        values.forEach(b::set);
        Response r = engine(b);
        if (AutoGenObjects.AUTOGEN.contains(object) && !r.data().isEmpty()) {
            String id = r.data().get(0).get("Id");
            return id == null || id.isEmpty() ? 0 : Long.parseLong(id);
        }
        return 0;
    }

    @Override
    public int modify(String object, List<Condition> where, List<Assignment> set) throws SQLException {
        Request.Builder b = Request.builder(object, "Modify");
        where.forEach(b::where);
        set.forEach(b::set);
        return counted(b);
    }

    @Override
    public int delete(String object, List<Condition> where) throws SQLException {
        Request.Builder b = Request.builder(object, "Delete");
        where.forEach(b::where);
        return counted(b);
    }

    @Override
    public int undelete(String object, List<Condition> where) throws SQLException {
        Request.Builder b = Request.builder(object, "Undelete");
        where.forEach(b::where);
        return counted(b);
    }

    @Override
    public void journal(TransactionRecord record) throws SQLException {
        record.write(ctx, ctx.nextTransactionId());
    }
}
