package gold.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a table as a JSON array of objects ({@code --format json}): field names are the column
 * names; currency columns are numbers (divided and rounded like the table), other values that are
 * plain decimal numbers are numbers, everything else a string; an empty currency value is null.
 * Only Jackson's streaming core is used, so the JSON path stays cheap to load.
 */
public final class JsonRecordWriter {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private final PrintStream out;
    private final DisplayOptions options;

    public JsonRecordWriter(PrintStream out, DisplayOptions options) {
        this.out = out;
        this.options = options;
    }

    public void write(Table table) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(new java.io.OutputStreamWriter(out,
                    java.nio.charset.StandardCharsets.UTF_8));
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            List<String> columns = table.columns();
            for (List<String> row : table.rows()) {
                g.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    g.writeFieldName(columns.get(c));
                    writeValue(g, columns.get(c), row.get(c));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.print('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    private void writeValue(JsonGenerator g, String column, String value) throws IOException {
        if (CurrencyFormat.isCurrency(column)) {
            BigDecimal number = CurrencyFormat.decimal(value, options.timeDivision(), options.precision());
            if (number == null) {
                if (value.isEmpty()) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
            } else {
                g.writeNumber(number);
            }
        } else if (NUMBER.matcher(value).matches()) {
            g.writeNumber(new BigDecimal(value));
        } else {
            g.writeString(value);
        }
    }
}
