package gold.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report under construction: headings, paragraphs and pipe tables. Cells are escaped so a pipe
 * in a value (an SQL statement, an error text) cannot break a table.
 */
public final class Markdown {
    private final StringBuilder out = new StringBuilder();

    public Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    public Markdown paragraph(String text) {
        out.append(text.strip()).append("\n\n");
        return this;
    }

    public Markdown code(String text) {
        out.append("```\n").append(text.strip()).append("\n```\n\n");
        return this;
    }

    /** A table; every row must have as many cells as the header. */
    public Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        List<String> rule = new ArrayList<>();
        header.forEach(h -> rule.add("---"));
        row(rule);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, header " + header.size());
            }
            row(r);
        }
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }

    /** A number with a fixed count of decimals, in the report's (English) format. */
    public static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
