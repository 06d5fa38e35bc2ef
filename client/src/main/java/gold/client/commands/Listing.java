package gold.client.commands;

import gold.client.Invocation;
import gold.client.ParsedArgs;
import gold.client.TimeValues;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.config.Setting;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.protocol.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the list commands (the gls* commands and gbalance). The columns come from
 * {@code --show}, gold.conf or the command's default ({@link Columns}). The main query, filtered by
 * the options, asks for the shown columns its object holds. A command that also shows derived
 * columns (member lists, sums) sends one sub-query per kind after the main query succeeded, only
 * when such a column is shown, and prints each row of the main reply as one object of a
 * {@link MemberTable}.
 *
 * <p>Endings: a failed main query prints its message and exits with its status; a failed
 * sub-query aborts with {@code Aborting <argv0>: <message>}; otherwise the table is printed, a
 * warning of the main query goes to stderr (the classic clients lost it; see docs/differences.md,
 * Clients), and the exit status is the main query's.
 */
final class Listing {
    /** The reply of a sub-query that was not needed: no rows. */
    private static final Response NOT_SENT = Response.success("");

    private final Invocation inv;
    private final List<String> show;

    /** The shown columns: {@code --show}, else the gold.conf key (its default in the registry), plus the hidden ones for --showHidden. */
    Listing(Invocation inv, Setting<String> configured, String hidden) {
        this.inv = inv;
        this.show = Columns.resolve(inv, configured, hidden);
    }

    List<String> show() {
        return show;
    }

    /** True when the regular expression matches the shown columns (joined with ',', as the classic clients test them). */
    boolean shows(String regex) {
        return Columns.matches(regex, Columns.joined(show));
    }

    /**
     * The filters of glsuser, glsproject and glsmachine: the name pattern of {@code option}, -A/-I on
     * Active, and the special objects (ANY, MEMBERS, NONE) only with --showSpecial.
     */
    static void byNameAndState(ParsedArgs a, Request.Builder q, String option) {
        Assign.matching(a, q, option, "Name");
        if (a.flag("A")) {
            q.where(Assign.eq("Active", "True"));
        }
        if (a.flag("I")) {
            q.where(Assign.eq("Active", "False"));
        }
        if (!a.flag("showSpecial")) {
            q.where(Assign.eq("Special", "False"));
        }
    }

    /** A one-query listing: ShowHidden for --showHidden, every shown column; sent and displayed as it comes. */
    int sendAsIs(Request.Builder q) {
        showHidden(q);
        show.forEach(q::get);
        return inv.sendAndDisplay(q);
    }

    /**
     * Ends a main query: ShowHidden for --showHidden, then {@code first} and every shown column that
     * {@code derived} (a regular expression naming the columns the sub-queries fill) does not match.
     */
    Request.Builder select(Request.Builder q, Selection first, String derived) {
        showHidden(q);
        q.get(first);
        for (String column : show) {
            if (!Columns.matches(derived, column)) {
                q.get(column);
            }
        }
        return q;
    }

    private void showHidden(Request.Builder q) {
        if (inv.args().flag("showHidden")) {
            q.option("ShowHidden", "True");
        }
    }

    /**
     * Sends the main query and prints one object per row, keyed by the row's {@code keyField}:
     * {@code derived} sends the sub-queries and tells the cells they fill; every other cell is the
     * row's own value (times in human form).
     */
    int display(Request.Builder main, String keyField, Derived derived) {
        Response reply = inv.send(main);
        if (reply.isFailure()) {
            inv.display(reply);
            return reply.exitStatus();
        }
        Cells cells;
        try {
            cells = derived.fetch();
        } catch (QueryFailed e) {
            inv.println("Aborting " + inv.session().program() + ": " + e.reply().message());
            return e.reply().exitStatus();
        }
        MemberTable table = new MemberTable(show, inv.args().flag("long"));
        for (Row row : reply.data()) {
            String key = Members.value(row, keyField);
            List<MemberTable.Cell> line = new ArrayList<>();
            for (String column : show) {
                MemberTable.Cell cell = cells.of(key, column);
                line.add(cell != null ? cell : MemberTable.Cell.value(value(row, column)));
            }
            table.add(line);
        }
        inv.renderer().printData(table.table(), true);
        if (reply.status() == Status.Warning && !reply.message().isEmpty()) {
            inv.session().err().println(reply.message());
        }
        return reply.exitStatus();
    }

    /** Sends a sub-query when a shown column matches {@code columns}; a reply without rows when none does. */
    Response fetch(String columns, Request.Builder q) throws QueryFailed {
        return shows(columns) ? fetch(q) : NOT_SENT;
    }

    /** Sends a sub-query; its failure aborts the listing. */
    Response fetch(Request.Builder q) throws QueryFailed {
        return QueryFailed.send(inv, q);
    }

    /** One display value of a row: by column name, time fields in human form. */
    String value(Row row, String column) {
        String v = Members.value(row, column);
        return TimeValues.isTimeName(column) ? inv.times().fromWire(v) : v;
    }

    /** Sends the sub-queries (through {@link #fetch}) and returns the cells they fill. */
    @FunctionalInterface
    interface Derived {
        Cells fetch() throws QueryFailed;
    }

    /** The cell of a derived column for the object with this key, or null for the row's own value. */
    @FunctionalInterface
    interface Cells {
        MemberTable.Cell of(String key, String column);
    }
}
