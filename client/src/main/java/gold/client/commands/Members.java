package gold.client.commands;

import gold.protocol.Response;
import gold.protocol.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Member lists gathered from an association query (AccountUser, ProjectUser, ...): for each owner
 * key the member texts in server order. A membership whose Active/Access flag contains an 'f'
 * (False) is shown with a leading '-'.
 */
final class Members {
    private final Map<String, List<String>> byOwner = new HashMap<>();

    /** Collects {@code row[ownerField] -> text(row)}. */
    static Members of(Response response, String ownerField, Function<Row, String> text) {
        Members m = new Members();
        for (Row row : response.data()) {
            String owner = value(row, ownerField);
            m.byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(text.apply(row));
        }
        return m;
    }

    /** Collects the member name, marked with '-' when the flag field says False. */
    static Members flagged(Response response, String ownerField, String nameField, String flagField) {
        return of(response, ownerField, row -> {
            String flag = value(row, flagField).toLowerCase(Locale.ROOT);
            return (flag.contains("f") ? "-" : "") + value(row, nameField);
        });
    }

    List<String> of(String owner) {
        List<String> list = byOwner.get(owner);
        return list == null ? List.of() : list;
    }

    static String value(Row row, String field) {
        String v = row.get(field);
        return v == null ? "" : v;
    }
}
