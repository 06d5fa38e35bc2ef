package gold.server;

import gold.protocol.GoldHome;
import gold.server.process.DaemonControl;
import gold.server.process.GolddJvm;
import gold.server.process.Master;
import gold.server.process.WorkerMain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The goldd command: {@code --start} (default), {@code --stop}, {@code --restart}, {@code --status},
 * {@code --debug [LEVEL]} (master in the foreground, logging to the screen too), {@code --version},
 * {@code --help}, {@code --man}. Options are case-insensitive and may be abbreviated, as classic goldd's
 * were. {@code --master} and {@code --worker N} are the internal roles of the processes goldd starts.
 */
public final class Goldd {
    /**
     * The options users type, Getopt-style ("name|short"); the parser below and the shell completion
     * (gold.client.completion.CompletionScripts) both read this table.
     */
    public static final List<String> OPTIONS = List.of("start|s", "stop|k", "restart|r", "status", "debug|d", "help|?", "man",
            "version|V");
    /** Roles of the processes goldd starts itself; parsed, never offered. */
    private static final List<String> INTERNAL = List.of("master", "worker");
    private static final List<String> NAMES = Stream.concat(OPTIONS.stream().map(o -> o.split("\\|")[0]), INTERNAL.stream()).toList();
    private static final String USAGE = """
            Usage:
                goldd [-k, --stop] [-r, --restart] [-s, --start] [--status] [-?, --help] [--man]
                [-d, --debug [<debug level>]] [-V, --version]
            """;

    private Goldd() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String action = "start";
        String level = "DEBUG";
        int slot = 0;
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            String name = resolve(word);
            if (name == null) {
                System.err.println("Unknown option: " + word.replaceFirst("^-+", ""));
                System.err.print(USAGE);
                return 2;
            }
            switch (name) {
                case "debug" -> {
                    action = "debug";
                    if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        level = args[++i];
                    }
                }
                case "worker" -> {
                    action = "worker";
                    slot = i + 1 < args.length ? Integer.parseInt(args[++i]) : 1;
                }
                default -> action = name;
            }
        }
        ServerPaths paths = new ServerPaths(GoldHome.resolve());
        return switch (action) {
            case "help" -> { System.out.print(USAGE); yield 0; }
            case "man" -> { System.out.print(Manual.TEXT); yield 0; }
            case "version" -> { System.out.println("Gold version " + GolddJvm.VERSION); yield 0; }
            case "stop" -> new DaemonControl(paths).stop();
            case "restart" -> new DaemonControl(paths).restart();
            case "status" -> new DaemonControl(paths).status();
            case "master" -> Master.run(paths, false, "INFO");
            case "debug" -> Master.run(paths, true, level);
            case "worker" -> WorkerMain.run(paths, slot);
            default -> new DaemonControl(paths).start();
        };
    }

    /** Maps -k/-r/-s/-d/-V/-? and (abbreviated, any case) long names to an action; null when unknown. */
    static String resolve(String word) {
        for (String option : OPTIONS) {
            String[] names = option.split("\\|");
            if (names.length == 2 && word.equals("-" + names[1])) {
                return names[0];
            }
        }
        if (!word.startsWith("-")) {
            return null;
        }
        String w = word.replaceFirst("^--?", "").toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return null;
        }
        if (NAMES.contains(w)) {
            return w;
        }
        List<String> matches = NAMES.stream().filter(n -> n.startsWith(w)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
