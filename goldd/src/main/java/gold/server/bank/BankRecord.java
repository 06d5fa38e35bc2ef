package gold.server.bank;

import gold.protocol.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bank entry of the Transaction journal (docs/data-model.md, The Transaction journal) before it is written:
 * the bank writer's mapping of options and job fields (Name/Id to Name, JobId/User/Project/Machine to
 * their columns, Amount, Description, Child, the rest as {@code k:=v} / {@code k=v} details) plus the
 * explicit Account, Allocation and Delta. Unset columns stay null.
 */
public final class BankRecord {
    public final String object;
    public final String action;
    public final String actor;
    public final List<String> names = new ArrayList<>();
    public final List<String> children = new ArrayList<>();
    public final List<String> descriptions = new ArrayList<>();
    public final List<String> details = new ArrayList<>();
    public final List<String> projects = new ArrayList<>();
    public final List<String> users = new ArrayList<>();
    public final List<String> machines = new ArrayList<>();
    public final List<String> jobIds = new ArrayList<>();
    public Long count = 1L;
    public Double amount;
    public Double delta;
    public Long account;
    public Long allocation;

    public BankRecord(String object, String action, String actor) {
        this.object = object;
        this.action = action;
        this.actor = actor;
    }

    /** Maps request options (rule 3.2 for options: {@code k:=v}, {@code k:!v} for op Not). */
    public BankRecord options(List<Option> options) {
        for (Option o : options) {
            map(o.name(), o.value(), o.op().equals("Not") ? ":!" : ":=", true);
        }
        return this;
    }

    /** Maps job fields as assignments ({@code k=v}). */
    public BankRecord fields(JobFields ja) {
        for (Map.Entry<String, String> e : ja.asMap().entrySet()) {
            map(e.getKey(), e.getValue(), "=", false);
        }
        return this;
    }

    private void map(String n, String v, String separator, boolean option) {
        switch (n) {
            case "Name", "Id" -> names.add(v);
            case "JobId" -> jobIds.add(v);
            case "User" -> users.add(v);
            case "Project" -> projects.add(v);
            case "Machine" -> machines.add(v);
            case "Amount" -> amount = Money.number(v);
            case "Description" -> descriptions.add(v);
            default -> {
                if (option && n.equals("Child")) {
                    children.add(v);
                } else {
                    details.add(n + separator + v);
                }
            }
        }
    }

    public BankRecord name(String v) { names.clear(); names.add(v); return this; }
    public BankRecord child(String v) { children.clear(); children.add(v); return this; }
    public BankRecord detail(String v) { details.add(v); return this; }
    public BankRecord amount(double v) { amount = v; return this; }
    public BankRecord delta(Double v) { delta = v; return this; }
    public BankRecord account(Long v) { account = v; return this; }
    public BankRecord allocation(Long v) { allocation = v; return this; }
    public BankRecord count(Long v) { count = v; return this; }

    /** Comma-joined column value, or null when nothing was mapped there. */
    public static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public String toString() {
        return object + " " + action + " name=" + names + " child=" + children + " amount=" + amount + " delta="
                + delta + " account=" + account + " allocation=" + allocation + " details=" + details;
    }
}
