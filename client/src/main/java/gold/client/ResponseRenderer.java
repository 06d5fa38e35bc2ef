package gold.client;

import gold.protocol.Response;
import gold.protocol.Status;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints responses the way every classic client does ({@code displayResponse}): the
 * data block only when verbose and non-empty, as a padded table (every cell followed by one space,
 * currency columns right-aligned) or as raw {@code |}-separated lines; then the message unless it is
 * empty or (quiet and the status is Success). Our JSON and CSV formats write the same records to
 * stdout and the message to stderr, so the output stays machine-readable. goldsh reuses this class.
 */
public final class ResponseRenderer {
    private final PrintStream out;
    private final PrintStream err;
    private DisplayOptions options;

    public ResponseRenderer(PrintStream out, PrintStream err, DisplayOptions options) {
        this.out = out;
        this.err = err;
        this.options = options;
    }

    public DisplayOptions options() {
        return options;
    }

    public void setOptions(DisplayOptions options) {
        this.options = options;
    }

    /** Displays one response (one chunk): its data, then its message. */
    public void display(Response response, TimeValues times) {
        display(Table.of(response, times), response.status(), response.message(), true);
    }

    /**
     * Displays a table and a message. {@code firstChunk} is false for the later chunks of a chunked
     * reply, whose raw output carries no header line.
     */
    public void display(Table table, Status status, String message, boolean firstChunk) {
        if (options.verbose()) {
            printData(table, firstChunk);
        }
        printMessage(status, message);
    }

    /** Prints only the data block (ignores verbose). */
    public void printData(Table table, boolean firstChunk) {
        switch (options.format()) {
            case TABLE -> {
                if (!table.isEmpty()) {
                    cooked(table);
                }
            }
            case RAW -> {
                if (!table.isEmpty()) {
                    raw(table, firstChunk);
                }
            }
            case JSON -> new JsonRecordWriter(out, options).write(table);
            case CSV -> new CsvRecordWriter(out, options).write(table, firstChunk);
            default -> throw new IllegalStateException("unknown format " + options.format());
        }
    }

    /** Prints the message under the usual rule (never a failure or warning is suppressed). */
    public void printMessage(Status status, String message) {
        if (message.isEmpty() || (options.quiet() && status == Status.Success)) {
            return;
        }
        PrintStream target = options.format().records() ? err : out;
        target.print(message);
        target.print('\n');
    }

    /** The text of one cell as displayed: currency columns divided and rounded. */
    public String cell(String column, String value) {
        return CurrencyFormat.isCurrency(column)
                ? CurrencyFormat.format(value, options.timeDivision(), options.precision()) : value;
    }

    private void cooked(Table table) {
        List<String> columns = table.columns();
        List<List<String>> cells = new ArrayList<>();
        int[] width = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            width[c] = length(columns.get(c));
        }
        for (List<String> row : table.rows()) {
            List<String> rendered = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String text = cell(columns.get(c), row.get(c));
                rendered.add(text);
                width[c] = Math.max(width[c], length(text));
            }
            cells.add(rendered);
        }
        StringBuilder sb = new StringBuilder();
        if (!options.quiet()) {
            for (int c = 0; c < columns.size(); c++) {
                pad(sb, columns.get(c), width[c], false);
            }
            sb.append('\n');
            for (int c = 0; c < columns.size(); c++) {
                sb.append("-".repeat(width[c])).append(' ');
            }
            sb.append('\n');
        }
        for (List<String> row : cells) {
            for (int c = 0; c < columns.size(); c++) {
                pad(sb, row.get(c), width[c], CurrencyFormat.isCurrency(columns.get(c)));
            }
            sb.append('\n');
        }
        out.print(sb);
    }

    private void raw(Table table, boolean firstChunk) {
        StringBuilder sb = new StringBuilder();
        if (!options.quiet() && firstChunk) {
            sb.append(String.join("|", table.columns())).append('\n');
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (c > 0) {
                    sb.append('|');
                }
                sb.append(cell(table.columns().get(c), row.get(c)));
            }
            sb.append('\n');
        }
        out.print(sb);
    }

    private static void pad(StringBuilder sb, String text, int width, boolean right) {
        String fill = " ".repeat(width - length(text));
        if (right) {
            sb.append(fill).append(text);
        } else {
            sb.append(text).append(fill);
        }
        sb.append(' ');
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
