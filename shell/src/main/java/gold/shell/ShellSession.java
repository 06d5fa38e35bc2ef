package gold.shell;

import gold.client.GetoptParser;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.OutputFormat;
import gold.client.ParsedArgs;
import gold.client.ResponseRenderer;
import gold.client.Supplement;
import gold.client.Table;
import gold.client.TimeValues;
import gold.client.UsageException;
import gold.protocol.Request;
import gold.protocol.Response;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs goldsh commands one after another: parse, send, print every reply chunk
 * with the shared renderer, and remember the exit status of the last failing command. Syntax errors
 * go to stderr and nothing is sent; transport errors (2xx codes) go to stderr as
 * {@code Error detected while obtaining response (code): text}; server messages go to stdout. The
 * data of a reply is printed for a Query, with {@code -v}, and (as in the classic shell) for every
 * command after the session's first Query.
 */
public final class ShellSession {
    /** A line typed or piped in recognises only these options. */
    private static final OptionSet LINE_OPTIONS = new OptionSet()
            .supplements(OptionKind.GET, OptionKind.SET, OptionKind.WHERE, OptionKind.OPTION);

    private final CommandParser parser = new CommandParser();
    private final RequestChannel channel;
    private final ResponseRenderer renderer;
    private final TimeValues times;
    private final PrintStream out;
    private final PrintStream err;
    private int exitStatus;

    public ShellSession(RequestChannel channel, ResponseRenderer renderer, TimeValues times, PrintStream out,
                        PrintStream err) {
        this.channel = channel;
        this.renderer = renderer;
        this.times = times;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs one line read from a script, a pipe or the terminal: comment and extra blanks removed, the
     * {@code --get/--set/--where/--option} supplements taken out. Unlike the classic shell, a line
     * with an unknown option is not run (the classic one ran it without the option, which could
     * widen a Delete to every row).
     */
    public void runLine(String line) {
        List<String> words = InputLine.words(line);
        if (words.isEmpty()) {
            return;
        }
        ParsedArgs args;
        try {
            args = new GetoptParser(LINE_OPTIONS).parse(words);
        } catch (UsageException e) {
            e.lines().forEach(err::println);
            failed(2);
            return;
        }
        runCommand(String.join(" ", args.positionals()), args.supplements());
    }

    /** Runs one command; the supplements' elements come before those of the command's predicates. */
    public void runCommand(String command, List<Supplement> supplements) {
        Request.Builder request = Request.builder();
        Supplement.applyAll(supplements, request);
        try {
            parser.parse(command, request);
        } catch (CommandSyntaxException e) {
            err.println(e.getMessage());
            failed(statusOf(e.code()));
            return;
        }
        if (request.build().action().equals("Query") && !renderer.options().verbose()) {
            // Sticky, as in the classic shell: after a Query every command shows its data.
            renderer.setOptions(renderer.options().withVerbose(true));
        }
        print(channel.exchange(request));
        out.flush();
        err.flush();
    }

    /** 0 when every command succeeded, else the code / 10 of the last one that failed. */
    public int exitStatus() {
        return exitStatus;
    }

    private void print(List<Response> chunks) {
        boolean merge = renderer.options().format() == OutputFormat.JSON;
        Table merged = null;
        for (int i = 0; i < chunks.size(); i++) {
            Response chunk = chunks.get(i);
            if (chunk.isFailure()) {
                failed(chunk.exitStatus());
            }
            if (chunk.code().startsWith("2")) {
                printData(chunk, i == 0);
                err.println("Error detected while obtaining response (" + chunk.code() + "): " + chunk.message());
                continue;
            }
            if (merge) {
                merged = append(merged, Table.of(chunk, times));
                renderer.printMessage(chunk.status(), chunk.message());
            } else {
                renderer.display(Table.of(chunk, times), chunk.status(), chunk.message(), i == 0);
            }
        }
        if (merged != null && renderer.options().verbose()) {
            renderer.printData(merged, true);
        }
    }

    private void printData(Response chunk, boolean first) {
        if (renderer.options().verbose() && !chunk.data().isEmpty()) {
            renderer.printData(Table.of(chunk, times), first);
        }
    }

    /** One JSON array for a chunked reply: later chunks' rows join the first chunk's columns. */
    private static Table append(Table merged, Table chunk) {
        if (merged == null || merged.columns().isEmpty()) {
            return chunk;
        }
        for (List<String> row : chunk.rows()) {
            merged.add(row);
        }
        return merged;
    }

    private void failed(int status) {
        exitStatus = status;
    }

    private static int statusOf(String code) {
        try {
            return Integer.parseInt(code) / 10;
        } catch (NumberFormatException e) {
            return 99;
        }
    }
}
