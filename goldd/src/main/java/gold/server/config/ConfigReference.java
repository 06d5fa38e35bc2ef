package gold.server.config;

import gold.protocol.client.ClientKeys;
import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the parts of the configuration reference that come from the settings registries
 * ({@link ClientKeys} for gold.conf, {@link ServerKeys} for goldd.conf): the key tables of
 * docs/configuration.md between their {@code <!-- generated:ID begin -->} and {@code <!-- generated:ID end -->}
 * markers, and the comment above each key of the shipped etc/gold.conf and etc/goldd.conf. Everything
 * else (prose, the files' headers, the keys' lines and values) is kept as written.
 * Run by {@code scripts/config-reference.sh}; ConfigReferenceTest fails when the committed files differ.
 */
public final class ConfigReference {
    /** The command that rewrites the generated parts (named by the drift test's failure). */
    public static final String COMMAND = "scripts/config-reference.sh";
    static final String DOC = "docs/configuration.md";
    static final String CLIENT_CONF = "etc/gold.conf";
    static final String SERVER_CONF = "etc/goldd.conf";
    private static final int WIDTH = 100;
    /** A key line of a shipped file, an example commented out or not: {@code [#] key = value}. */
    static final Pattern KEY_LINE = Pattern.compile("^#?\\s*([a-z]+(?:\\.[a-z0-9]+)+)\\s*=.*");
    /** A word that looks like a key: a wrapped comment line must not start with one (gold_init edits key lines). */
    private static final Pattern KEY_WORD = Pattern.compile("[a-z]+(?:\\.[a-z0-9]+)+\\W?.*");

    private ConfigReference() {
    }

    /** Rewrites the generated parts under the repository root given (default: the current directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, String> f : render(root).entrySet()) {
            Path file = root.resolve(f.getKey());
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue())) {
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                System.out.println("rewrote " + f.getKey());
            }
        }
    }

    /** Each generated file (relative path) with the text the registries give it. */
    public static Map<String, String> render(Path root) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<SettingTable> tables = new ArrayList<>();
        tables.add(ClientKeys.TABLE);
        tables.addAll(ServerKeys.TABLES);
        out.put(DOC, documentTables(read(root, DOC), tables));
        out.put(CLIENT_CONF, confComments(read(root, CLIENT_CONF), List.of(ClientKeys.TABLE)));
        out.put(SERVER_CONF, confComments(read(root, SERVER_CONF), ServerKeys.TABLES));
        return out;
    }

    private static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    /** The document with each marked block replaced by its table; a table without its markers is an error. */
    static String documentTables(String doc, List<SettingTable> tables) {
        String text = doc;
        for (SettingTable t : tables) {
            String begin = "<!-- generated:" + t.id() + " begin -->\n";
            String end = "<!-- generated:" + t.id() + " end -->";
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            if (b < 0 || e < b) {
                throw new IllegalStateException(DOC + " lacks the markers " + begin.strip() + " ... " + end);
            }
            text = text.substring(0, b + begin.length()) + table(t) + text.substring(e);
        }
        return text;
    }

    static String table(SettingTable t) {
        StringBuilder sb = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (Setting<?> s : t.settings()) {
            if (s.description().contains("|") || s.defaultText().contains("|")) {
                throw new IllegalStateException(s.key() + ": a description must not contain '|' (Markdown table)");
            }
            sb.append("| `").append(s.key()).append("` | ").append(s.defaultText()).append(" | ")
                    .append(s.description()).append(" |\n");
        }
        return sb.toString();
    }

    /**
     * A shipped conf file with the comment above each key regenerated from the registry: the header (the
     * lines up to the first blank line) and the key lines are kept in their order, every other line is
     * replaced by a blank line and the key's description before the first line of each key.
     */
    static String confComments(String conf, List<SettingTable> tables) {
        List<String> lines = conf.lines().toList();
        int header = lines.indexOf("");
        if (header < 0) {
            throw new IllegalStateException("a shipped conf file needs a blank line after its header");
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines.subList(0, header)) {
            sb.append(l).append('\n');
        }
        String previous = null;
        for (String l : lines.subList(header, lines.size())) {
            Matcher m = KEY_LINE.matcher(l);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            if (!key.equals(previous)) {
                sb.append('\n');
                Setting<?> s = setting(tables, key);
                for (String c : wrap((s.description() + ". Default: " + s.defaultText() + ".").replace("`", ""))) {
                    sb.append("# ").append(c).append('\n');
                }
            }
            sb.append(l).append('\n');
            previous = key;
        }
        return sb.toString();
    }

    private static Setting<?> setting(List<SettingTable> tables, String key) {
        for (SettingTable t : tables) {
            Setting<?> s = t.find(key);
            if (s != null) {
                return s;
            }
        }
        throw new IllegalStateException("the shipped file names " + key + ", which no settings registry defines");
    }

    /** Words in lines of at most WIDTH - 2 characters; no line but the first starts with a key-like word. */
    static List<String> wrap(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int length = 0;
        for (String w : text.split(" +")) {
            if (!line.isEmpty() && length + 1 + w.length() > WIDTH - 2) {
                lines.add(line);
                line = new ArrayList<>();
                length = 0;
            }
            length += (line.isEmpty() ? 0 : 1) + w.length();
            line.add(w);
        }
        lines.add(line);
        for (int i = 1; i < lines.size(); i++) {
            List<String> prev = lines.get(i - 1);
            while (KEY_WORD.matcher(lines.get(i).get(0)).matches() && prev.size() > 1) {
                lines.get(i).add(0, prev.remove(prev.size() - 1));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> l : lines) {
            out.add(String.join(" ", l));
        }
        return out;
    }
}
