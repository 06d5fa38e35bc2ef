package gold.client.commands;

import gold.client.Invocation;
import gold.client.TimeValues;
import gold.protocol.Row;

/** Reads one display value of a query row: by column name, time fields in human form. */
final class ListValues {
    private ListValues() {
    }

    static String of(Invocation inv, Row row, String column) {
        String v = Members.value(row, column);
        return TimeValues.isTimeName(column) ? inv.times().fromWire(v) : v;
    }
}
