package gold.web;

import gold.protocol.GoldHome;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * The goldweb command: {@code --start} (default; detached, returns once it answers; already running
 * is success), {@code --stop}, {@code --status} (0 running and answering, 150 running but not
 * answering, 3 not running), {@code --debug} (in the foreground, logging to the terminal),
 * {@code --help}. {@code --serve} is the detached server process itself.
 */
public final class GoldWeb {
    /** The options (long|short), also read by the shell completion generator. */
    public static final List<String> OPTIONS = List.of("start|s", "stop|k", "restart|r", "status", "debug|d", "help|?");
    private static final String USAGE = """
            Usage:
                goldweb [--start] [--stop] [--restart] [--status] [--debug] [--help]
            """;

    private GoldWeb() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        System.exit(run(args));
    }

    static int run(String[] args) {
        String action = args.length == 0 ? "--start" : args[0];
        Path home = GoldHome.resolve();
        WebControl control = new WebControl(home);
        return switch (action) {
            case "--start", "-s" -> control.start();
            case "--stop", "-k" -> control.stop();
            case "--restart", "-r" -> { control.stop(); yield control.start(); }
            case "--status" -> control.status();
            case "--debug", "-d" -> control.foreground(true);
            case "--serve" -> control.foreground(false);
            case "--help", "-?" -> { System.out.print(USAGE); yield 0; }
            default -> { System.err.println("Unknown option: " + action); System.err.print(USAGE); yield 2; }
        };
    }

    static Logger log() {
        return Logger.getLogger(GoldWeb.class.getName());
    }
}
