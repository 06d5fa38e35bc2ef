package gold.client;

import gold.protocol.Response;
import gold.protocol.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of text under named columns, the unit the renderer prints. Built from a response (columns of
 * the first data row, values by position, time fields converted to human form) or assembled by the
 * list commands that merge several queries into one table.
 */
public final class Table {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The data of a response as a table; empty (no columns) when the response has no rows. */
    public static Table of(Response response, TimeValues times) {
        List<Row> data = response.data();
        if (data.isEmpty()) {
            return new Table(List.of());
        }
        Table table = new Table(data.get(0).names());
        for (Row row : data) {
            List<String> values = new ArrayList<>(table.columns.size());
            for (int i = 0; i < table.columns.size(); i++) {
                String column = table.columns.get(i);
                String value = i < row.fields().size() && row.fields().get(i).name().equals(column)
                        ? row.fields().get(i).value() : row.get(column);
                value = value == null ? "" : value;
                values.add(TimeValues.isTimeName(column) ? times.fromWire(value) : value);
            }
            table.rows.add(values);
        }
        return table;
    }

    /**
     * The named columns of this table, in the given order: a stable schema whatever the reply held
     * (a column this table lacks is empty, so an empty reply still has its header).
     */
    public Table select(List<String> names) {
        Table selected = new Table(names);
        for (List<String> row : rows) {
            List<String> values = new ArrayList<>(names.size());
            for (String name : names) {
                int i = columns.indexOf(name);
                values.add(i < 0 ? "" : row.get(i));
            }
            selected.add(values);
        }
        return selected;
    }

    /** Appends a row; missing trailing values are empty. */
    public Table add(List<String> values) {
        List<String> row = new ArrayList<>(values);
        while (row.size() < columns.size()) {
            row.add("");
        }
        rows.add(Collections.unmodifiableList(row));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
