package gold.client;

/**
 * The texts of {@code --help}, {@code --man} and usage errors, laid out as Pod::Text does:
 * paragraphs indented 4 (option descriptions 8), words greedily filled to 76 columns, one empty
 * line after each paragraph; an option label of up to 3 characters shares the line with its
 * description.
 */
public final class HelpText {
    /** Total width of every line, as Pod::Text's default. */
    public static final int WIDTH = 76;

    private HelpText() {
    }

    /** {@code Usage:} and the wrapped synopsis, ending with one empty line. */
    public static String usage(String synopsis) {
        return "Usage:\n" + paragraph(synopsis, 4);
    }

    /** The --help text: usage, then every documented option. */
    public static String help(String synopsis, OptionSet options) {
        StringBuilder sb = new StringBuilder(usage(synopsis));
        sb.append("Options:\n");
        appendOptions(sb, options);
        return sb.toString();
    }

    /** The --man text: a complete manual page in plain text. */
    public static String manual(String name, String purpose, String synopsis, String description, OptionSet options) {
        StringBuilder sb = new StringBuilder();
        sb.append("NAME\n").append(paragraph(name + " - " + purpose, 4));
        sb.append("SYNOPSIS\n").append(paragraph(synopsis, 4));
        sb.append("DESCRIPTION\n");
        for (String p : description.split("\n\n")) {
            if (!p.isBlank()) {
                sb.append(paragraph(p, 4));
            }
        }
        sb.append("OPTIONS\n");
        appendOptions(sb, options);
        sb.append("EXIT STATUS\n").append(paragraph(
                "The exit status is the Gold response code divided by ten: 0 on success, 74 for a general"
                        + " failure, 78 for insufficient funds, 22 when the server cannot be reached, 25 when the"
                        + " outcome of a request is unknown, 2 for a command-line error.", 4));
        sb.append("VERSION\n").append(paragraph("Gold version " + Main.VERSION, 4));
        return sb.toString();
    }

    private static void appendOptions(StringBuilder sb, OptionSet options) {
        for (OptionSpec spec : options.specs()) {
            if (spec.documented()) {
                sb.append(item(spec.label(), spec.description()));
            }
        }
    }

    /** One option item: the label at indent 4, the description at indent 8. */
    static String item(String label, String description) {
        String body = paragraph(description, 8);
        if (label.length() + 1 <= 4) {
            String lead = "    " + label + " ".repeat(4 - label.length());
            return lead + body.substring(8);
        }
        String tag = paragraph(label, 4).replaceAll("\n+$", "\n");
        return tag + body;
    }

    /** One paragraph: white space collapsed, filled at the given indent to {@link #WIDTH}, then "\n\n". */
    public static String paragraph(String text, int indent) {
        String rest = text.strip().replaceAll("\\s+", " ");
        String spaces = " ".repeat(indent);
        int width = WIDTH - indent;
        StringBuilder out = new StringBuilder();
        while (rest.length() > width) {
            int cut = -1;
            for (int j = width; j >= 0; j--) {
                if (rest.charAt(j) == ' ') {
                    cut = j;
                    break;
                }
            }
            if (cut >= 0) {
                out.append(spaces).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
            } else {
                out.append(spaces).append(rest, 0, width).append('\n');
                rest = rest.substring(width);
            }
        }
        out.append(spaces).append(rest);
        return out.toString().replaceAll("\\s+$", "") + "\n\n";
    }
}
