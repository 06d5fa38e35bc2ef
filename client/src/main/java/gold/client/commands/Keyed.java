package gold.client.commands;

import gold.protocol.Response;
import gold.protocol.Row;
import java.util.HashMap;
import java.util.Map;

/** The rows of a grouped query keyed by one field (e.g. sums per Account). */
final class Keyed {
    private final Map<String, Row> rows = new HashMap<>();

    static Keyed of(Response response, String keyField) {
        Keyed k = new Keyed();
        for (Row row : response.data()) {
            k.rows.putIfAbsent(Members.value(row, keyField), row);
        }
        return k;
    }

    /** The field of the row with this key, or "0" when there is no such row or field is empty. */
    String number(String key, String field) {
        Row row = rows.get(key);
        String v = row == null ? "" : Members.value(row, field);
        return v.isEmpty() ? "0" : v;
    }
}
