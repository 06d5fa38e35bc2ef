package gold.testkit;

import gold.protocol.Request;
import gold.protocol.Row;

/** Request builders for tests, their names and values given as pairs. */
public final class Requests {
    private Requests() {
    }

    /** A request with options {@code name, value, ...}. */
    public static Request.Builder req(String object, String action, String... options) {
        Request.Builder b = Request.builder(object, action);
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        return b;
    }

    /** A Create with assignments {@code name, value, ...}. */
    public static Request.Builder create(String object, String... assignments) {
        Request.Builder b = Request.builder(object, "Create");
        for (int i = 0; i < assignments.length; i += 2) {
            b.set(assignments[i], assignments[i + 1]);
        }
        return b;
    }

    /** A job function (Quote, Reserve, Charge...) with the job's data {@code field, value, ...}. */
    public static Request.Builder job(String action, String... fields) {
        Row.Builder row = new Row.Builder("Job");
        for (int i = 0; i < fields.length; i += 2) {
            row.put(fields[i], fields[i + 1]);
        }
        return Request.builder("Job", action).data(row.build());
    }

    /**
     * The Create assignments of an account's access entries, one per name, to {@code create} with the
     * object (AccountProject, AccountUser, AccountMachine); a leading '-' makes a denial (Access=False).
     */
    public static void accessEntries(long account, String[] projects, String[] users, String[] machines,
                                     EntryCreator create) {
        entries("AccountProject", account, projects, create);
        entries("AccountUser", account, users, create);
        entries("AccountMachine", account, machines, create);
    }

    private static void entries(String object, long account, String[] names, EntryCreator create) {
        for (String n : names) {
            boolean deny = n.startsWith("-");
            create.create(object, "Account", String.valueOf(account), "Name", deny ? n.substring(1) : n,
                    "Access", deny ? "False" : "True");
        }
    }

    /** Creates one object instance from assignment pairs. */
    @FunctionalInterface
    public interface EntryCreator {
        void create(String object, String... assignments);
    }
}
