package gold.server.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table copied from the spec into src/test/resources/gold/server/sql (tab-separated, header first):
 * the catalogue of docs/data-model.md, Metadata ({@code \N} = NULL), its physical tables, and
 * bootstrap-transactions.tsv verbatim (empty = NULL, {@code @USER@}/{@code @NOW@} placeholders).
 */
record SpecTable(List<String> header, List<List<String>> rows) {

    static SpecTable read(String name, String nullMarker) {
        String path = "gold/server/sql/" + name;
        InputStream in = SpecTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().split("\t", -1));
            List<List<String>> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                List<String> row = Arrays.asList(line.split("\t", -1));
                if (row.size() != header.size()) {
                    throw new IllegalStateException(path + ": " + row.size() + " fields in " + line);
                }
                row.replaceAll(v -> v.equals(nullMarker) ? null : v);
                rows.add(row);
            }
            return new SpecTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column holding attribute {@code name} (docs/data-model.md, Names): CreationTime -> g_creation_time. */
    static String column(String name) {
        return "g_" + name.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase();
    }

    List<String> columns() {
        return header.stream().map(SpecTable::column).toList();
    }
}
