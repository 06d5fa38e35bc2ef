package gold.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a table as a JSON array of objects ({@code --format json}): field names are the column
 * names. Each column has one type, so that a consumer never meets a field that is sometimes a
 * number and sometimes text: currency columns and columns whose every non-empty value is a plain
 * decimal number are numeric (currency divided and rounded like the table, an empty value null);
 * the other columns are strings throughout. A repeated column name gets a {@code _2}, {@code _3},
 * ... suffix.
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
            JsonGenerator g = new JsonFactory().createGenerator(new OutputStreamWriter(out,
                    StandardCharsets.UTF_8));
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            List<String> columns = table.columns();
            List<String> keys = uniqueKeys(columns);
            boolean[] numeric = new boolean[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                numeric[c] = numeric(table, c);
            }
            for (List<String> row : table.rows()) {
                g.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    g.writeFieldName(keys.get(c));
                    writeValue(g, columns.get(c), numeric[c], row.get(c));
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

    /**
     * Field names for the columns: repeated names (several aggregates of one attribute, e.g.
     * {@code Max(Charge),Min(Charge)}) get {@code _2}, {@code _3}, ... so that no value is lost.
     */
    static List<String> uniqueKeys(List<String> columns) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String column : columns) {
            int n = seen.merge(column, 1, Integer::sum);
            keys.add(n == 1 ? column : column + "_" + n);
        }
        return keys;
    }

    /** A currency column, or one with a value and nothing but plain decimal numbers. */
    private static boolean numeric(Table table, int c) {
        if (CurrencyFormat.isCurrency(table.columns().get(c))) {
            return true;
        }
        boolean any = false;
        for (List<String> row : table.rows()) {
            String value = row.get(c);
            if (!value.isEmpty()) {
                if (!NUMBER.matcher(value).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void writeValue(JsonGenerator g, String column, boolean numeric, String value) throws IOException {
        if (!numeric) {
            g.writeString(value);
        } else if (value.isEmpty()) {
            g.writeNull();
        } else if (CurrencyFormat.isCurrency(column)) {
            BigDecimal number = CurrencyFormat.decimal(value, options.timeDivision(), options.precision());
            if (number == null) {
                g.writeString(value);
            } else {
                g.writeNumber(number);
            }
        } else {
            g.writeNumber(new BigDecimal(value));
        }
    }
}
