package gold.shell;

import gold.client.ClientStartup;
import gold.client.DisplayOptions;
import gold.client.GetoptParser;
import gold.client.HelpText;
import gold.client.Invocation;
import gold.client.Main;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.OutputFormat;
import gold.client.ParsedArgs;
import gold.client.ResponseRenderer;
import gold.client.Session;
import gold.client.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The goldsh program: with command words, runs them as one command
 * and exits; otherwise reads commands from standard input, on a terminal with the {@code gold> }
 * prompt, line editing, history and completion, from a file or pipe silently. Exits with the code / 10
 * of the last failing command (docs/differences.md), or 0 with {@code --compat-exit} as the classic shell.
 */
public final class Goldsh {
    /** The classic synopsis, printed by --help and usage errors. */
    public static final String SYNOPSIS =
            "goldsh [--debug] [-?, --help] [--man] [--raw] [--quiet] [-v, --verbose] [-V, --version] [<command>]";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Startup startup;
    private final Terminals terminals;

    /**
     * How goldsh starts its client session (as every client: GOLD_HOME, gold.conf, actor, and the key
     * and server connection at the first request); the session must send through {@code channel}'s
     * transport. A test substitutes a fake server.
     */
    @FunctionalInterface
    interface Startup {
        Session session(SessionChannel channel);
    }

    /** The clients' start-up, with every reply chunk read through GoldClient (failover included). */
    static Session classicStartup(SessionChannel channel) {
        return ClientStartup.session("goldsh", client -> channel.over(client::sendAll));
    }

    Goldsh(InputStream in, PrintStream out, PrintStream err, Startup startup, Terminals terminals) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.startup = startup;
        this.terminals = terminals;
    }

    public static void main(String[] args) {
        Goldsh goldsh = new Goldsh(System.in, System.out, System.err, Goldsh::classicStartup, Terminals.system());
        int status = goldsh.run(Arrays.asList(args));
        System.out.flush();
        System.exit(status);
    }

    public static OptionSet options() {
        OptionSet options = new OptionSet();
        options.flag("debug", "--debug", "Log debug information to stderr.");
        options.flag("help|?", "-?, --help", "Print a brief help message and exit.");
        options.flag("man", "--man", "Print the full manual page and exit.");
        options.flag("raw", "--raw", "Print raw data, fields separated by '|'.");
        options.flag("quiet", "--quiet", "Suppress headers and success messages.");
        options.flag("verbose|v", "-v, --verbose", "Also display the objects that non-Query commands affect.");
        options.flag("version|V", "-V, --version", "Print the Gold version and exit.");
        options.format();
        options.exact(OptionKind.FLAG, "compat-exit", "--compat-exit",
                "Always exit with status 0, as the classic goldsh did, instead of the code / 10 of the last"
                        + " failing command.");
        options.exact(OptionKind.STRING, "request-key", "--request-key <key>",
                "Use this request key for the first command, so that re-running a command whose outcome is"
                        + " unknown cannot act twice.");
        options.failFast();
        options.supplements(OptionKind.GET, OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION, OptionKind.JOB);
        return options;
    }

    /** Runs goldsh with these arguments and returns its exit status. */
    int run(List<String> words) {
        OptionSet options = options();
        ParsedArgs args;
        try {
            args = new GetoptParser(options).parse(words);
        } catch (UsageException e) {
            return usageError(e.lines());
        }
        if (args.flag("help")) {
            out.print(HelpText.help(SYNOPSIS, options));
            return 0;
        }
        if (args.flag("man")) {
            out.print(HelpText.manual("goldsh", "Gold control-language shell", SYNOPSIS, Manual.DESCRIPTION, options));
            return 0;
        }
        if (args.flag("version")) {
            out.println("Gold version " + Main.VERSION);
            return 0;
        }
        OutputFormat format = args.flag("raw") ? OutputFormat.RAW : OutputFormat.TABLE;
        Optional<String> requested = args.value("format");
        if (requested.isPresent()) {
            Optional<OutputFormat> parsed = OutputFormat.parse(requested.get());
            if (parsed.isEmpty()) {
                return usageError(List.of("Value \"" + requested.get()
                        + "\" invalid for option format (table, raw, json or csv expected)"));
            }
            format = parsed.get();
        }
        SessionChannel channel = new SessionChannel();
        Session session;
        try {
            session = startup.session(channel);
        } catch (ClientStartup.StartupException e) {
            return startupFailed(e);
        }
        channel.attach(session);
        session.setDebug(args.flag("debug"));
        session.setVerbose(args.flag("verbose"));
        session.setFailFast(args.flag("fail-fast"));
        args.value("request-key").ifPresent(session::setRequestKey);
        DisplayOptions display = DisplayOptions.of(format, args.flag("quiet"), args.flag("verbose"), false,
                Invocation.precision(session.settings()));
        ShellSession shell = new ShellSession(channel, new ResponseRenderer(out, err, display), session.times(),
                out, err);
        try {
            if (!args.positionals().isEmpty()) {
                shell.runCommand(String.join(" ", args.positionals()), args.supplements());
            } else if (terminals.stdinIsTerminal()) {
                interactive(shell, channel);
            } else {
                new ScriptReader(new BufferedReader(new InputStreamReader(in, Charset.defaultCharset())))
                        .run(shell::runLine);
            }
        } catch (ClientStartup.StartupException e) {
            // The key is read at the first request; without it no command can run.
            return startupFailed(e);
        }
        out.flush();
        return args.flag("compat-exit") ? 0 : shell.exitStatus();
    }

    private void interactive(ShellSession shell, RequestChannel channel) {
        try (var terminal = terminals.open()) {
            new InteractiveShell(terminal, terminals.historyFile(), new CommandCompleter(new MetadataLoader(channel)), out)
                    .run(shell::runLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the terminal", e);
        }
    }

    private int startupFailed(ClientStartup.StartupException e) {
        out.flush();
        e.lines().forEach(err::println);
        return e.status();
    }

    private int usageError(List<String> lines) {
        lines.forEach(err::println);
        err.print(HelpText.usage(SYNOPSIS));
        return 2;
    }
}
