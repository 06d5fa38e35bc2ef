package gold.client.commands;

import gold.client.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a table whose objects carry multi-valued member columns. Wide: the
 * members joined with ','. Long: the first line carries the ordinary columns and the last member of
 * every list; continuation lines take members from the end backwards with the ordinary columns
 * empty, until every list is exhausted.
 */
final class MemberTable {
    private final Table table;
    private final boolean longFormat;

    MemberTable(List<String> columns, boolean longFormat) {
        this.table = new Table(columns);
        this.longFormat = longFormat;
    }

    /** One object: each cell is either a single value or a member list. */
    void add(List<Cell> cells) {
        if (!longFormat) {
            List<String> row = new ArrayList<>();
            for (Cell cell : cells) {
                row.add(cell.members() == null ? cell.value() : String.join(",", cell.members()));
            }
            table.add(row);
            return;
        }
        int lines = 1;
        for (Cell cell : cells) {
            if (cell.members() != null) {
                lines = Math.max(lines, cell.members().size());
            }
        }
        for (int k = 0; k < lines; k++) {
            List<String> row = new ArrayList<>();
            for (Cell cell : cells) {
                if (cell.members() == null) {
                    row.add(k == 0 ? cell.value() : "");
                } else {
                    List<String> m = cell.members();
                    row.add(k < m.size() ? m.get(m.size() - 1 - k) : "");
                }
            }
            table.add(row);
        }
    }

    Table table() {
        return table;
    }

    /** A cell: a plain value, or (members non-null) a member list. */
    record Cell(String value, List<String> members) {
        static Cell value(String v) {
            return new Cell(v == null ? "" : v, null);
        }

        static Cell members(List<String> m) {
            return new Cell("", m == null ? List.of() : m);
        }
    }
}
