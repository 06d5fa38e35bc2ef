package gold.t.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The synopsis of every client command, verbatim from the classic clients (resource synopses.tsv, one
 * "command TAB synopsis" a line), and the usage text the commands print from it: {@code Usage:},
 * then the synopsis filled greedily into lines indented by 4 spaces and at most 76 columns wide,
 * then one empty line.
 */
final class Synopses {
    private static final int WIDTH = 76;
    private static final String INDENT = "    ";

    private Synopses() {
    }

    /** Command name to synopsis, in the classic commands' order. */
    static Map<String, String> all() throws IOException {
        try (InputStream in = Synopses.class.getResourceAsStream("/commands/synopses.tsv")) {
            if (in == null) {
                throw new IOException("no test resource /commands/synopses.tsv");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    int tab = line.indexOf('\t');
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return map;
        }
    }

    /** "Usage:", the wrapped synopsis and an empty line, as printed for --help and usage errors. */
    static String usage(String synopsis) {
        StringBuilder out = new StringBuilder("Usage:\n");
        StringBuilder line = new StringBuilder(INDENT);
        for (String word : synopsis.trim().split(" +")) {
            if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(INDENT);
            }
            if (line.length() > INDENT.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append("\n\n").toString();
    }
}
