package gold.client;

import java.io.PrintStream;
import java.util.List;

/**
 * Writes a table as CSV in the RFC 4180 quoting style (lines end in a plain newline, as Unix tools expect) ({@code --format csv}): a header line of column names (unless quiet
 * or a later chunk), then one line per row; currency columns formatted as in the table; fields with
 * a comma, double quote or line break are quoted with doubled quotes.
 */
public final class CsvRecordWriter {
    private final PrintStream out;
    private final DisplayOptions options;

    public CsvRecordWriter(PrintStream out, DisplayOptions options) {
        this.out = out;
        this.options = options;
    }

    public void write(Table table, boolean firstChunk) {
        StringBuilder sb = new StringBuilder();
        List<String> columns = table.columns();
        if (!options.quiet() && firstChunk && !columns.isEmpty()) {
            line(sb, columns);
        }
        for (List<String> row : table.rows()) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                cells[c] = CurrencyFormat.isCurrency(columns.get(c))
                        ? CurrencyFormat.format(row.get(c), options.timeDivision(), options.precision()) : row.get(c);
            }
            line(sb, List.of(cells));
        }
        out.print(sb);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        sb.append('\n');
    }

    /** Quotes a field when CSV needs it. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
