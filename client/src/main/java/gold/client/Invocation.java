package gold.client;

import gold.protocol.config.SharedKeys;
import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;
import java.util.Optional;

/**
 * One run of a command: the parsed arguments, the session and the renderer configured from the
 * common options ({@code --quiet}, {@code --raw}, {@code --format}, {@code -v}, {@code -h}).
 * Helpers cover what nearly every command does: send, display, turn a response into an exit status.
 */
public final class Invocation {
    private final GoldCommand command;
    private final ParsedArgs args;
    private final Session session;
    private final ResponseRenderer renderer;

    private Invocation(GoldCommand command, ParsedArgs args, Session session, ResponseRenderer renderer) {
        this.command = command;
        this.args = args;
        this.session = session;
        this.renderer = renderer;
    }

    static Invocation create(GoldCommand command, ParsedArgs args, Session session) throws UsageException {
        OutputFormat format = args.flag("raw") ? OutputFormat.RAW : OutputFormat.TABLE;
        Optional<String> requested = args.value("format");
        if (requested.isPresent()) {
            format = OutputFormat.parse(requested.get()).orElseThrow(() -> new UsageException(List.of(
                    "Value \"" + requested.get() + "\" invalid for option format (table, raw, json or csv expected)")));
        }
        // a list command's exact-only --verbose names the answering server and leaves the display alone
        boolean classicVerbose = command.options().exactly("verbose").filter(spec -> !spec.exactOnly()).isPresent();
        boolean verbose = command.alwaysVerbose() || (classicVerbose && args.flag("verbose"));
        DisplayOptions display = DisplayOptions.of(format, args.flag("quiet"), verbose, args.flag("hours"),
                precision(session.settings()));
        session.setDebug(args.flag("debug"));
        session.setVerbose(args.flag("verbose"));
        session.setFailFast(args.flag("fail-fast"));
        if (command.options().exactly("request-key").isEmpty()) {
            // $GOLD_REQUEST_KEY belongs to the modifying command it was set for, never to a list command.
            session.setRequestKey("");
        }
        args.value("request-key").ifPresent(session::setRequestKey);
        return new Invocation(command, args, session, new ResponseRenderer(session.out(), session.err(), display));
    }

    /** {@code currency.precision} of gold.conf, 0 by default. */
    public static int precision(Settings settings) {
        return settings.get(SharedKeys.CURRENCY_PRECISION);
    }

    public GoldCommand command() { return command; }
    public ParsedArgs args() { return args; }
    public Session session() { return session; }
    public ResponseRenderer renderer() { return renderer; }
    public Settings settings() { return session.settings(); }
    public TimeValues times() { return session.times(); }

    /** Sends a request (see {@link Session#send}). */
    public Response send(Request.Builder request) {
        return session.send(request);
    }

    /** Displays a response with the current options. */
    public void display(Response response) {
        renderer.display(response, session.times());
    }

    /** Sends, displays, and returns the exit status code / 10. */
    public int sendAndDisplay(Request.Builder request) {
        Response response = send(request);
        display(response);
        return response.exitStatus();
    }

    /** Adds the command-line supplements to a request. */
    public Request.Builder supplements(Request.Builder request) {
        Supplement.applyAll(args.supplements(), request);
        return request;
    }

    /** Prints a line on stdout. */
    public void println(String line) {
        session.out().print(line);
        session.out().print('\n');
    }
}
