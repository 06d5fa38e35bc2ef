package gold.client;

import java.util.Arrays;
import java.util.List;

/**
 * The one entry point of every g* command: {@code java ... gold.client.Main <command> args...}.
 * Start-up stays light: the command is found by a switch, and the configuration, key and transport
 * are touched only when the command needs them.
 */
public final class Main {
    /** Printed by --version (docs/differences.md: our own version); the launchers pass the build's gold.version. */
    public static final String VERSION = System.getProperty("gold.version", "3.0.0");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs a command line (command name first) and returns the exit status. */
    public static int run(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: gold.client.Main <command> [arguments...]");
            return 2;
        }
        var command = Commands.create(args[0]);
        if (command.isEmpty()) {
            System.err.println("Unknown Gold command: " + args[0]);
            return 2;
        }
        List<String> words = Arrays.asList(args).subList(1, args.length);
        try {
            Session session = ClientStartup.session(command.get().name());
            return command.get().execute(words, session);
        } catch (ClientStartup.StartupException e) {
            for (String line : e.lines()) {
                System.err.println(line);
            }
            return e.status();
        } catch (RuntimeException e) {
            // A bug or an I/O failure on our side: say so plainly and exit as an unspecified failure (999).
            System.err.println("Aborting " + args[0] + ": " + e);
            if (words.contains("--debug")) {
                e.printStackTrace();
            }
            return 99;
        }
    }
}
