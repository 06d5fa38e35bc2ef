package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.engine.TransactionRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory {@link BankStore} for unit tests: rows as name/value maps per object, SQL column defaults
 * applied on create, EQ conditions, Assign/Inc/Dec assignments, Reservation deletes cascading to
 * ReservationAllocation, and every generic step and bank entry appended to {@link #journal}.
 */
class MemoryBankStore implements BankStore {
    static final Set<String> AUTOGEN = Set.of("Account", "Allocation", "Reservation", "Quotation", "Job");
    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "Allocation", Map.of("StartTime", "0", "EndTime", "2147483647", "CreditLimit", "0", "Deposited", "0",
                    "Active", "True", "CallType", "Normal"),
            "Job", Map.of("Charge", "0", "CallType", "Normal"),
            "Quotation", Map.of("Uses", "1", "CallType", "Normal"),
            "Reservation", Map.of("StartTime", "0", "EndTime", "2147483647", "CallType", "Normal"),
            "User", Map.of("Active", "True", "Special", "False"),
            "Project", Map.of("Active", "True", "Special", "False"),
            "Machine", Map.of("Active", "True", "Special", "False"),
            "ProjectUser", Map.of("Active", "True", "Admin", "False"),
            "ProjectMachine", Map.of("Active", "True"),
            "AccountAccount", Map.of("DepositShare", "0", "Overflow", "False"));
    static final List<String> JOB_ATTRIBUTES = List.of("Id", "JobId", "User", "Project", "Machine", "Charge",
            "Queue", "Type", "Stage", "QualityOfService", "Nodes", "Processors", "Executable", "Application",
            "StartTime", "EndTime", "WallDuration", "QuoteId", "Description");

    final Map<String, List<Map<String, String>>> tables = new HashMap<>();
    final Map<String, Long> nextIds = new HashMap<>();
    final List<TransactionRecord> journal = new ArrayList<>();

    List<Map<String, String>> rows(String object) {
        return tables.computeIfAbsent(object, k -> new ArrayList<>());
    }

    private List<Map<String, String>> live(String object) {
        return rows(object).stream().filter(r -> !"True".equals(r.get("Deleted"))).toList();
    }

    // ---- set-up helpers used by tests (no journal entries)
    Map<String, String> put(String object, String... pairs) {
        Map<String, String> row = new LinkedHashMap<>(DEFAULTS.getOrDefault(object, Map.of()));
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        if (AUTOGEN.contains(object) && !row.containsKey("Id")) {
            row.put("Id", String.valueOf(nextId(object)));
        }
        row.put("Deleted", "False");
        rows(object).add(row);
        return row;
    }

    private long nextId(String object) {
        long id = nextIds.getOrDefault(object, 1L);
        nextIds.put(object, id + 1);
        return id;
    }

    // ---- reads
    @Override
    public Optional<Entity> entity(Entity.Kind kind, String name) {
        return live(kind.object()).stream().filter(r -> name.equals(r.get("Name"))).findFirst()
                .map(r -> new Entity(kind, name, "True".equals(r.get("Active")), "True".equals(r.get("Special")),
                        r.getOrDefault("DefaultProject", "")));
    }

    @Override
    public boolean accountExists(long id) {
        return live("Account").stream().anyMatch(r -> String.valueOf(id).equals(r.get("Id")));
    }

    @Override
    public boolean projectAdmin(String project, String user) {
        return live("ProjectUser").stream().anyMatch(r -> project.equals(r.get("Project")) && user.equals(r.get("Name"))
                && "True".equals(r.get("Admin")));
    }

    @Override
    public List<Allocation> allocations() {
        return live("Allocation").stream().map(r -> new Allocation(l(r, "Id"), l(r, "Account"), l(r, "StartTime"),
                l(r, "EndTime"), d(r, "Amount"), d(r, "CreditLimit"), d(r, "Deposited"), "True".equals(r.get("Active")),
                r.get("CallType"))).toList();
    }

    @Override
    public AccessLists accessLists() {
        return AccessLists.of(entries("AccountProject"), entries("AccountUser"), entries("AccountMachine"),
                members("ProjectUser"), members("ProjectMachine"),
                live("AccountAccount").stream().map(r -> new AccountLink(l(r, "Account"), l(r, "Id"),
                        l(r, "DepositShare"), "True".equals(r.get("Overflow")))).toList());
    }

    private List<AccessEntry> entries(String object) {
        return live(object).stream().map(r -> new AccessEntry(l(r, "Account"), r.get("Name"),
                !"False".equals(r.get("Access")))).toList();
    }

    private List<Membership> members(String object) {
        return live(object).stream().map(r -> new Membership(r.get("Project"), r.get("Name"),
                "True".equals(r.get("Active")))).toList();
    }

    @Override
    public List<Reservation> reservations() {
        return live("Reservation").stream().map(r -> new Reservation(l(r, "Id"), r.get("Name"), r.get("Job"),
                r.get("User"), r.get("Project"), r.get("Machine"), l(r, "StartTime"), l(r, "EndTime"),
                r.get("CallType"))).toList();
    }

    @Override
    public List<Hold> holds() {
        return live("ReservationAllocation").stream().map(r -> new Hold(l(r, "Reservation"), l(r, "Id"),
                l(r, "Account"), d(r, "Amount"))).toList();
    }

    @Override
    public List<Rate> chargeRates() {
        return live("ChargeRate").stream().map(r -> new Rate(r.get("Type"), r.get("Name"), d(r, "Rate"))).toList();
    }

    @Override
    public Optional<Quotation> quotation(long id) {
        return live("Quotation").stream().filter(r -> String.valueOf(id).equals(r.get("Id"))).findFirst()
                .map(r -> new Quotation(id, d(r, "Amount"), l(r, "StartTime"), l(r, "EndTime"), r.get("Job"),
                        l(r, "Uses"), r.get("CallType")));
    }

    @Override
    public List<Rate> quotationRates(long quotation) {
        return live("QuotationChargeRate").stream().filter(r -> String.valueOf(quotation).equals(r.get("Quotation")))
                .map(r -> new Rate(r.get("Type"), r.get("Name"), d(r, "Rate"))).toList();
    }

    @Override
    public List<ChargedJob> chargedJobs(String jobId, String id, int limit) {
        return live("Job").stream().filter(r -> "Charge".equals(r.get("Stage"))
                        && (jobId.isEmpty() || jobId.equals(r.get("JobId"))) && (id.isEmpty() || id.equals(r.get("Id"))))
                .limit(limit).map(r -> new ChargedJob(l(r, "Id"), r.getOrDefault("JobId", ""),
                        r.getOrDefault("User", ""), r.getOrDefault("Project", ""), r.getOrDefault("Machine", ""),
                        d(r, "Charge"))).toList();
    }

    @Override
    public List<ChargeEntry> chargeEntries(long jobId) {
        List<ChargeEntry> list = new ArrayList<>();
        for (int i = 0; i < journal.size(); i++) {
            TransactionRecord r = journal.get(i);
            if (r.object().equals("Job") && r.action().equals("Charge")
                    && r.names().equals(List.of(String.valueOf(jobId))) && r.account() != null && r.delta() != null) {
                list.add(new ChargeEntry(i, r.account(), r.delta()));
            }
        }
        return list;
    }

    @Override
    public List<String> jobAttributes() {
        return JOB_ATTRIBUTES;
    }

    // ---- writes
    @Override
    public Response generic(Request request) {
        if (!request.action().equals("Create")) {
            throw new UnsupportedOperationException("memory store: generic " + request.action());
        }
        create(request.object(), request.assignments());
        return Response.success("000", "Successfully created 1 " + request.object(), 1, List.of());
    }

    @Override
    public long create(String object, List<Assignment> values) {
        Map<String, String> row = new LinkedHashMap<>(DEFAULTS.getOrDefault(object, Map.of()));
        long id = 0;
        if (AUTOGEN.contains(object)) {
            id = nextId(object);
            row.put("Id", String.valueOf(id));
        }
        for (Assignment a : values) {
            row.put(a.name(), a.value());
        }
        row.put("Deleted", "False");
        rows(object).add(row);
        journal.add(BankEntry.of(object, "Create", "root").name(row.getOrDefault("Id", row.get("Name"))));
        return id;
    }

    @Override
    public int modify(String object, List<Condition> where, List<Assignment> set) {
        int n = 0;
        for (Map<String, String> row : live(object)) {
            if (matches(row, where)) {
                for (Assignment a : set) {
                    switch (a.op()) {
                        case "Inc" -> row.put(a.name(), Double.toString(d(row, a.name()) + Money.number(a.value())));
                        case "Dec" -> row.put(a.name(), Double.toString(d(row, a.name()) - Money.number(a.value())));
                        default -> row.put(a.name(), a.value());
                    }
                }
                n++;
            }
        }
        return journaled(object, "Modify", n);
    }

    @Override
    public int delete(String object, List<Condition> where) {
        List<Map<String, String>> deleted = flagDeleted(live(object), where, "True");
        if (object.equals("Reservation")) {
            List<String> ids = deleted.stream().map(row -> row.get("Id")).toList();
            for (Map<String, String> hold : live("ReservationAllocation")) {
                if (ids.contains(hold.get("Reservation"))) {
                    hold.put("Deleted", "True");
                }
            }
        }
        return journaled(object, "Delete", deleted.size());
    }

    @Override
    public int undelete(String object, List<Condition> where) {
        List<Map<String, String>> gone = rows(object).stream().filter(r -> "True".equals(r.get("Deleted"))).toList();
        return journaled(object, "Undelete", flagDeleted(gone, where, "False").size());
    }

    /** Sets Deleted of the rows matching {@code where}; returns them. */
    private static List<Map<String, String>> flagDeleted(List<Map<String, String>> rows, List<Condition> where,
                                                         String deleted) {
        List<Map<String, String>> matched = rows.stream().filter(row -> matches(row, where)).toList();
        matched.forEach(row -> row.put("Deleted", deleted));
        return matched;
    }

    /** Journals a generic step of {@code n} rows as the server's sub-requests do; returns n. */
    private int journaled(String object, String action, int n) {
        journal.add(BankEntry.of(object, action, "root").count((long) n));
        return n;
    }

    @Override
    public void journal(TransactionRecord record) {
        journal.add(record);
    }

    // ---- helpers
    private static boolean matches(Map<String, String> row, List<Condition> where) {
        for (Condition c : where) {
            if (!c.value().equals(row.get(c.name()))) {
                return false;
            }
        }
        return true;
    }

    /** Bank entries only (the generic steps filtered out). */
    List<TransactionRecord> bankEntries() {
        return journal.stream().filter(r -> !Set.of("Create", "Modify", "Delete", "Undelete").contains(r.action())
                || r.amount() != null || r.delta() != null || r.account() != null).toList();
    }

    Map<String, String> row(String object, String id) {
        return rows(object).stream().filter(r -> id.equals(r.get("Id"))).findFirst().orElseThrow();
    }

    static long l(Map<String, String> r, String k) {
        String v = r.get(k);
        return v == null || v.isEmpty() ? 0 : (long) Money.number(v);
    }

    static double d(Map<String, String> r, String k) {
        String v = r.get(k);
        return v == null || v.isEmpty() ? 0 : Double.parseDouble(v);
    }
}
