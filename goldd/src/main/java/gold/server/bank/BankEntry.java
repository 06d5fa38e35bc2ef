package gold.server.bank;

import gold.protocol.Option;
import gold.server.engine.TransactionRecord;

import java.util.List;
import java.util.Map;

/**
 * The bank writer's journal rows (docs/data-model.md, The Transaction journal): request options and job fields
 * mapped onto {@link TransactionRecord} columns — Name/Id to Name, JobId/User/Project/Machine to their columns,
 * Amount, Description, Child (options only), the rest as details, {@code k:=v} ({@code k:!v} for op Not) for
 * options and {@code k=v} for job fields. The caller then sets Account, Allocation and Delta. A bank row counts 1.
 */
final class BankEntry {
    private BankEntry() {
    }

    static TransactionRecord of(String object, String action, String actor) {
        return new TransactionRecord(object, action, actor).count(1L);
    }

    /** A row with the request's options mapped. */
    static TransactionRecord of(String object, String action, String actor, List<Option> options) {
        return options(of(object, action, actor), options);
    }

    /** A row named {@code name}, the names the options map coming after it. */
    static TransactionRecord of(String object, String action, String actor, String name, List<Option> options) {
        return options(of(object, action, actor).name(name), options);
    }

    /** A Job row with the job fields mapped as assignments. */
    static TransactionRecord job(String action, String actor, JobFields fields) {
        TransactionRecord r = of("Job", action, actor);
        for (Map.Entry<String, String> e : fields.asMap().entrySet()) {
            map(r, e.getKey(), e.getValue(), "=", false);
        }
        return r;
    }

    private static TransactionRecord options(TransactionRecord r, List<Option> options) {
        for (Option o : options) {
            map(r, o.name(), o.value(), o.op().equals("Not") ? ":!" : ":=", true);
        }
        return r;
    }

    private static void map(TransactionRecord r, String n, String v, String separator, boolean option) {
        switch (n) {
            case "Name", "Id" -> r.addName(v);
            case "JobId" -> r.jobId(v);
            case "User" -> r.user(v);
            case "Project" -> r.project(v);
            case "Machine" -> r.machine(v);
            case "Amount" -> r.amount(Money.number(v));
            case "Description" -> r.description(v);
            default -> {
                if (option && n.equals("Child")) {
                    r.addChild(v);
                } else {
                    r.detail(n + separator + v);
                }
            }
        }
    }
}
