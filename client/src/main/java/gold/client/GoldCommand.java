package gold.client;

import java.util.List;

/**
 * One g* command: its name, synopsis (the exact classic text), options and behaviour.
 * {@link #execute} is the shared frame of every classic client: Getopt errors, then --help, --man,
 * --version, then the command's own checks and requests; it returns the exit status.
 */
public abstract class GoldCommand {
    private OptionSet options;

    /** The program name, e.g. {@code glsuser}. */
    public abstract String name();

    /** One line for the manual's NAME section. */
    public abstract String purpose();

    /** The synopsis exactly as the classic help prints it (before wrapping). */
    public abstract String synopsis();

    /** Declares the options, in help order. */
    protected abstract void declare(OptionSet options);

    /** Runs the command after the frame handled help, man and version. */
    protected abstract int run(Invocation inv) throws UsageException;

    /** Free prose for the manual's DESCRIPTION; the purpose by default. */
    protected String description() {
        return purpose() + ".";
    }

    /** List commands always display data (no -v); others only with -v. */
    protected boolean alwaysVerbose() {
        return false;
    }

    public final OptionSet options() {
        if (options == null) {
            OptionSet set = new OptionSet();
            declare(set);
            options = set;
        }
        return options;
    }

    /** Runs the command line (the words after the command name) and returns the exit status. */
    public final int execute(List<String> words, Session session) {
        ParsedArgs args;
        try {
            args = new GetoptParser(options()).parse(words);
        } catch (UsageException e) {
            return usageError(e, session);
        }
        if (args.flag("help")) {
            session.out().print(HelpText.help(synopsis(), options()));
            return 0;
        }
        if (args.flag("man")) {
            session.out().print(HelpText.manual(name(), purpose(), synopsis(), description(), options()));
            return 0;
        }
        if (args.flag("version")) {
            session.out().println("Gold version " + Main.VERSION);
            return 0;
        }
        try {
            Invocation inv = Invocation.create(this, args, session);
            return run(inv);
        } catch (UsageException e) {
            return usageError(e, session);
        }
    }

    private int usageError(UsageException e, Session session) {
        for (String line : e.lines()) {
            session.err().println(line);
        }
        session.err().print(HelpText.usage(synopsis()));
        return 2;
    }
}
