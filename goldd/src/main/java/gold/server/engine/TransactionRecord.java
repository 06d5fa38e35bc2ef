package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.server.meta.DataType;
import gold.server.meta.ObjectMeta;
import gold.server.sql.Sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the Transaction journal (docs/data-model.md, The Transaction journal), the one record type of both
 * writers: {@link #generic} applies the generic writer's mapping; the bank's mapping of options and job fields
 * ({@code gold.server.bank.BankEntry}) fills the columns through the setters. List columns are written
 * comma-joined; unset columns stay NULL.
 */
public final class TransactionRecord {
    private static final int DETAILS_MAX = 1024;
    private final String object;
    private final String action;
    private final String actor;
    private final List<String> names = new ArrayList<>();
    private final List<String> children = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<String> machines = new ArrayList<>();
    private final List<String> jobIds = new ArrayList<>();
    private Long count;
    private Double amount;
    private Double delta;
    private Long account;
    private Long allocation;

    public TransactionRecord(String object, String action, String actor) {
        this.object = object;
        this.action = action;
        this.actor = actor;
    }

    /** The generic writer: assignments, then conditions (options are not logged by generic steps). */
    public static TransactionRecord generic(ObjectMeta meta, String action, String actor, long count,
                                            List<Assignment> assignments, List<Condition> conditions) {
        TransactionRecord r = new TransactionRecord(meta.name(), action, actor).count(count);
        for (Assignment a : assignments) {
            r.map(meta, a.name(), a.value(), switch (a.op()) {
                case "Inc" -> "+=";
                case "Dec" -> "-=";
                default -> "=";
            });
        }
        for (Condition c : conditions) {
            r.map(meta, c.name(), c.value(), switch (c.op()) {
                case "GT" -> ">";
                case "GE" -> ">=";
                case "LT" -> "<";
                case "LE" -> "<=";
                case "NE" -> "!=";
                case "Match" -> "~=";
                default -> "==";
            });
        }
        return r;
    }

    /** Makes {@code v} the whole Name column (what was mapped there before is dropped). */
    public TransactionRecord name(String v) { names.clear(); names.add(v); return this; }
    /** Makes {@code v} the whole Child column. */
    public TransactionRecord child(String v) { children.clear(); children.add(v); return this; }
    public TransactionRecord addName(String v) { names.add(v); return this; }
    public TransactionRecord addChild(String v) { children.add(v); return this; }
    public TransactionRecord description(String v) { descriptions.add(v); return this; }
    /** A detail, already written as {@code name<separator>value}. */
    public TransactionRecord detail(String v) { details.add(v); return this; }
    public TransactionRecord project(String v) { projects.add(v); return this; }
    public TransactionRecord user(String v) { users.add(v); return this; }
    public TransactionRecord machine(String v) { machines.add(v); return this; }
    public TransactionRecord jobId(String v) { jobIds.add(v); return this; }
    public TransactionRecord count(Long v) { count = v; return this; }
    public TransactionRecord amount(double v) { amount = v; return this; }
    public TransactionRecord delta(Double v) { delta = v; return this; }
    public TransactionRecord account(Long v) { account = v; return this; }
    public TransactionRecord allocation(Long v) { allocation = v; return this; }

    public String object() { return object; }
    public String action() { return action; }
    public List<String> names() { return List.copyOf(names); }
    public List<String> children() { return List.copyOf(children); }
    public List<String> details() { return List.copyOf(details); }
    public List<String> projects() { return List.copyOf(projects); }
    public List<String> users() { return List.copyOf(users); }
    public List<String> jobIds() { return List.copyOf(jobIds); }
    public Double amount() { return amount; }
    public Double delta() { return delta; }
    public Long account() { return account; }
    public Long allocation() { return allocation; }

    /** The columns every journal row sets, in the order {@link #write} gives their values. */
    static final String INSERT = "INSERT INTO g_transaction (g_id, g_object, g_action, g_actor, g_name, g_child,"
            + " g_count, g_details, g_description, g_project, g_user, g_machine, g_job_id, g_amount, g_delta,"
            + " g_account, g_allocation, g_deleted, g_creation_time, g_modification_time, g_request_id,"
            + " g_transaction_id) VALUES ";

    /**
     * Records the row with Id = TransactionId = {@code transactionId}; its values (request id included)
     * are fixed now, the insert runs with the request's other journal rows ({@link RequestContext#flushJournal}).
     */
    public void write(RequestContext ctx, long transactionId) throws SQLException {
        String joinedDetails = String.join(",", details);
        if (joinedDetails.length() > DETAILS_MAX) {
            joinedDetails = joinedDetails.substring(0, DETAILS_MAX);
        }
        Sql sql = new Sql("(");
        sql.param(transactionId).add(", ").param(object, DataType.String).add(", ").param(action, DataType.String)
                .add(", ").param(actor, DataType.String).add(", ").param(joined(names), DataType.String)
                .add(", ").param(joined(children), DataType.String).add(", ")
                .param(count == null ? null : count.toString(), DataType.Integer).add(", ")
                .param(joinedDetails.isEmpty() ? null : joinedDetails, DataType.String).add(", ")
                .param(joined(descriptions), DataType.String).add(", ").param(joined(projects), DataType.String)
                .add(", ").param(joined(users), DataType.String).add(", ").param(joined(machines), DataType.String)
                .add(", ").param(joined(jobIds), DataType.String).add(", ").param(text(amount), DataType.Currency).add(", ")
                .param(text(delta), DataType.Currency).add(", ").param(text(account), DataType.Integer).add(", ")
                .param(text(allocation), DataType.Integer).add(", 'False', ").param(ctx.now()).add(", ")
                .param(ctx.now()).add(", ").param(ctx.requestId()).add(", ").param(transactionId).add(")");
        ctx.journal(sql);
    }

    private void map(ObjectMeta meta, String n, String v, String separator) {
        if (meta.name().equals("Password") && n.equals("Password")) {
            return; // the journal is readable by everybody; the hash is not (docs/differences.md)
        }
        if (n.equals("Name") || n.equals("Id")) {
            (meta.association() ? children : names).add(v);
        } else if (meta.association() && n.equals(meta.parent())) {
            names.add(v);
        } else if (n.equals("Description")) {
            descriptions.add(v);
        } else {
            details.add(n + separator + v);
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public String toString() {
        return object + " " + action + " name=" + names + " child=" + children + " amount=" + amount + " delta="
                + delta + " account=" + account + " allocation=" + allocation + " details=" + details;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
