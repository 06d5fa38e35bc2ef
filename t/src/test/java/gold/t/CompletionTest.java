package gold.t;

import gold.client.Commands;
import gold.client.OptionSpec;
import gold.server.GoldInit;
import gold.server.Goldd;
import gold.web.GoldWeb;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import gold.shell.Goldsh;
import java.util.Comparator;

/**
 * The bash and zsh completion of the built tree (completion/gold.bash, completion/_gold) offers every option
 * of every g* command, goldsh, goldd, gold_init and goldweb, spelled as the programs' own option tables declare them (the
 * classic "-?" alias of --help aside); and bash really completes options, fixed choices and cached names.
 */
class CompletionTest {
    private static final Path TREE = Path.of(System.getProperty("gold.tree", "../target/gold")).toAbsolutePath().normalize();

    /** Program -> every option word its table declares (-x for one letter, --name for the others). */
    static Map<String, Set<String>> expected() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String name : Commands.NAMES) {
            Set<String> words = new TreeSet<>();
            for (OptionSpec spec : Commands.create(name).orElseThrow().options().specs()) {
                spec.names().forEach(n -> words.add(word(n)));
            }
            out.put(name, words);
        }
        Set<String> goldsh = new TreeSet<>();
        Goldsh.options().specs().forEach(spec -> spec.names().forEach(n -> goldsh.add(word(n))));
        out.put("goldsh", goldsh);
        out.put("goldd", getopt(Goldd.OPTIONS));
        out.put("gold_init", getopt(GoldInit.OPTIONS));
        out.put("goldweb", getopt(GoldWeb.OPTIONS));
        out.values().forEach(w -> w.remove("-?"));
        return out;
    }

    private static Set<String> getopt(List<String> table) {
        Set<String> words = new TreeSet<>();
        for (String spec : table) {
            for (String n : spec.replaceFirst("=s$", "").split("\\|")) {
                words.add(word(n));
            }
        }
        return words;
    }

    private static String word(String name) {
        return name.length() == 1 ? "-" + name : "--" + name;
    }

    @Test
    void bothScriptsOfferEveryOptionOfEveryProgram() throws Exception {
        String bash = Files.readString(TREE.resolve("completion/gold.bash"));
        String zsh = Files.readString(TREE.resolve("completion/_gold"));
        Map<String, Set<String>> expected = expected();
        assertEquals(43, expected.size(), "38 g* commands, mybalance, goldsh, goldd, gold_init and goldweb");
        int options = 0;
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            String fn = "_gold_" + e.getKey();
            Matcher b = Pattern.compile("(?m)^" + fn + "\\(\\) \\{ _gold_complete '([^']*)'").matcher(bash);
            assertTrue(b.find(), "bash function of " + e.getKey());
            assertEquals(e.getValue(), new TreeSet<>(List.of(b.group(1).split(" "))), "bash options of " + e.getKey());
            assertTrue(bash.contains("complete -F " + fn + " " + e.getKey() + "\n"), "bash binds " + e.getKey());

            Matcher z = Pattern.compile("(?m)^    " + e.getKey() + "\\) _gold_complete '[^']*'(.*) ;;$").matcher(zsh);
            assertTrue(z.find(), "zsh case of " + e.getKey());
            Set<String> zWords = new TreeSet<>();
            Matcher w = Pattern.compile(" '(-[^:']+)").matcher(z.group(1));
            while (w.find()) {
                zWords.add(w.group(1));
            }
            assertEquals(e.getValue(), zWords, "zsh options of " + e.getKey());
            options += e.getValue().size();
        }
        String compdef = zsh.lines().findFirst().orElseThrow();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(List.of(compdef.replaceFirst("^#compdef ", "").split(" "))),
                "zsh #compdef line");
        System.out.printf("%d programs, %d option words in both scripts%n", expected.size(), options);
    }

    @Test
    void bashCompletesOptionsChoicesAndCachedNames() throws Exception {
        Path home = Files.createTempDirectory("gold-t-completion");
        try {
            Path cache = Files.createDirectories(home.resolve(".cache/gold"));
            Files.writeString(cache.resolve("users"), "amy\nbob\nanne\n"); // fresh: no refresh is started
            assertEquals(List.of("--format"), complete(home, "gbalance", "--form"));
            assertEquals(List.of("csv", "json", "raw", "table"), complete(home, "glsuser", "--format", ""));
            assertEquals(List.of("amy", "anne"), complete(home, "gbalance", "-u", "a"));
            assertEquals(List.of("--start", "--status", "--stop"), complete(home, "goldd", "--st"));
            assertEquals(List.of("--admin", "--auth-key"), complete(home, "gold_init", "--a"));
            assertEquals(List.of(), complete(home, "gcharge", "-J", ""), "a free value is not guessed");
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** COMPREPLY, sorted, of bash completing the last of WORDS after sourcing the tree's gold.bash. */
    private static List<String> complete(Path home, String... words) throws Exception {
        StringBuilder script = new StringBuilder(". '" + TREE.resolve("completion/gold.bash") + "'\nCOMP_WORDS=(");
        for (String w : words) {
            script.append("'").append(w).append("' ");
        }
        script.append(")\nCOMP_CWORD=").append(words.length - 1).append("\n_gold_").append(words[0])
                .append("\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort\n");
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "-c", script.toString()).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CACHE_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = new ArrayList<>(out.lines().filter(l -> !l.isEmpty()).toList());
        return lines;
    }
}
