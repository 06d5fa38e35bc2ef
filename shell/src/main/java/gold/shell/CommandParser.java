package gold.shell;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goldsh control language: {@code Object[,Object...] Action [predicate ...]},
 * where a predicate is {@code [conjunction] [(...] [Object.]Name operator value [)...]}. The parser
 * peels tokens off the front of the command with the patterns of the specification, so it accepts
 * and rejects the same commands as the classic shell and builds the same request, except for three
 * classic bugs fixed on purpose (docs/differences.md): an unquoted condition value with two or more dots
 * is taken literally (the classic shell sent the condition's own name), {@code ( (} counts two open
 * parentheses, and malformed {@code Data:=} XML is an error instead of a crash. Values are not
 * time-converted here; the session does that with the rest of the request.
 */
public final class CommandParser {
    private static final Pattern OBJECTS = Pattern.compile("\\s*([\\w,:]+)\\s*");
    private static final Pattern OBJECTS_OK = Pattern.compile("[A-Z][\\w,:]+");
    private static final Pattern OBJECT_PIECE = Pattern.compile("(\\w+)(:(\\w+))?");
    private static final Pattern ACTION = Pattern.compile("\\s*((\\w*::)?\\w+)\\s*");
    private static final Pattern ACTION_OK = Pattern.compile("(\\w*::)?[A-Z]\\w+");
    private static final Pattern CONJUNCTION = Pattern.compile("\\s*(([|&!]+\\s*)+)\\s*");
    private static final Pattern CONJUNCTION_OK = Pattern.compile("((&&)|(\\|\\|))?\\s*(!)?\\s*");
    private static final Pattern OPEN = Pattern.compile("\\s*(([()]+\\s*)+)\\s*");
    private static final Pattern OPEN_OK = Pattern.compile("[(\\s]*");
    private static final Pattern NAME = Pattern.compile("\\s*([\\w.]+)\\s*");
    private static final Pattern NAME_OK = Pattern.compile("[A-Z]\\w*(\\.[A-Z]\\w*)?");
    private static final Pattern OPERATOR = Pattern.compile("\\s*([-+<>!~:=]+)\\s*");
    private static final Pattern OPERATOR_OK = Pattern.compile(":!|[-+=<>!~:]=?");
    private static final Pattern VALUE = Pattern.compile("\\s*(([^\"()|& ]+)|\"([^\"]*)\")\\s*");
    private static final Pattern CLOSE = Pattern.compile("\\s*((\\(*\\)+\\s*)+)\\s*");
    private static final Pattern CLOSE_OK = Pattern.compile("[)\\s]*");

    /** A parsed value and whether it was written in double quotes (quoted values are never split). */
    private record Value(String text, boolean quoted) { }

    /** Parses one command into a request without actor. */
    public Request parse(String command) {
        return parse(command, Request.builder()).build();
    }

    /**
     * Parses one command into {@code request}: its objects and action, then its predicates appended
     * after whatever the builder already holds (the {@code --get/--set/--where/--option} supplements
     * come first).
     *
     * @throws CommandSyntaxException with the message the shell prints when the command is malformed
     */
    public Request.Builder parse(String command, Request.Builder request) {
        CommandScanner scanner = new CommandScanner(command);
        objects(scanner, request);
        request.action(action(scanner));
        while (!scanner.atEnd()) {
            predicate(scanner, request);
        }
        return request;
    }

    private static void objects(CommandScanner scanner, Request.Builder request) {
        String token = scanner.take(OBJECTS).map(m -> m.group(1))
                .orElseThrow(() -> new CommandSyntaxException(Code.NO_OBJECT, "An object must be specified."));
        if (!OBJECTS_OK.matcher(token).matches()) {
            throw malformedObject(token);
        }
        for (String piece : token.split(",")) {
            Matcher m = OBJECT_PIECE.matcher(piece);
            if (!m.lookingAt()) {
                // An empty piece ("User,,Project"); the classic shell sent a nameless object.
                throw malformedObject(token);
            }
            request.object(new ObjectRef(m.group(1), m.group(3), ""));
        }
    }

    private static CommandSyntaxException malformedObject(String token) {
        return new CommandSyntaxException(Code.NO_OBJECT, "The object is malformed (" + token + ").");
    }

    private static String action(CommandScanner scanner) {
        String token = scanner.take(ACTION).map(m -> m.group(1))
                .orElseThrow(() -> new CommandSyntaxException(Code.NO_ACTION, "An action must be specified."));
        if (!ACTION_OK.matcher(token).matches()) {
            throw new CommandSyntaxException(Code.NO_ACTION, "The action is malformed (" + token + ").");
        }
        return token;
    }

    private static void predicate(CommandScanner scanner, Request.Builder request) {
        String conjunction = scanner.take(CONJUNCTION).map(m -> conjunction(m.group(1))).orElse("");
        int group = scanner.take(OPEN).map(m -> opened(m.group(1))).orElse(0);
        String name = name(scanner);
        Operator operator = operator(scanner);
        Value value = value(scanner);
        group -= scanner.take(CLOSE).map(m -> closed(m.group(1))).orElse(0);
        switch (operator.kind()) {
            case OPTION -> option(request, name, operator, value);
            case ASSIGNMENT -> request.set(new Assignment(name, operator.wire(), value.text()));
            case CONDITION -> request.where(condition(conjunction, group, name, operator, value));
            default -> throw new IllegalStateException("unknown operator kind " + operator.kind());
        }
    }

    private static String conjunction(String token) {
        Matcher m = CONJUNCTION_OK.matcher(token);
        if (!m.matches()) {
            throw CommandSyntaxException.malformed("The conjunction is malformed (" + token + ").");
        }
        boolean or = m.group(3) != null;
        boolean not = m.group(4) != null;
        return (or ? "Or" : "And") + (not ? "Not" : "");
    }

    private static int opened(String token) {
        if (!OPEN_OK.matcher(token).matches()) {
            throw CommandSyntaxException.malformed("The open grouping is malformed (" + token + ").");
        }
        return count(token, '(');
    }

    private static int closed(String token) {
        if (!CLOSE_OK.matcher(token).matches()) {
            throw CommandSyntaxException.malformed("The close grouping is malformed (" + token + ").");
        }
        return count(token, ')');
    }

    private static int count(String token, char c) {
        return (int) token.chars().filter(ch -> ch == c).count();
    }

    private static String name(CommandScanner scanner) {
        String rest = scanner.rest();
        String name = scanner.take(NAME).map(m -> m.group(1)).orElseThrow(
                () -> CommandSyntaxException.malformed("An option name was expected (" + rest + ")."));
        if (!NAME_OK.matcher(name).matches()) {
            throw CommandSyntaxException.malformed("The name is malformed (" + name + ").");
        }
        return name;
    }

    private static Operator operator(CommandScanner scanner) {
        String rest = scanner.rest();
        String symbol = scanner.take(OPERATOR).map(m -> m.group(1)).orElseThrow(
                () -> CommandSyntaxException.malformed("An operator was expected (" + rest + ")."));
        if (!OPERATOR_OK.matcher(symbol).matches()) {
            throw CommandSyntaxException.malformed("The operator is malformed (" + symbol + ").");
        }
        // "opertor" is the classic message, kept verbatim for scripts that match on it.
        return Operator.bySymbol(symbol).orElseThrow(
                () -> CommandSyntaxException.malformed("Invalid opertor (" + symbol + ")."));
    }

    private static Value value(CommandScanner scanner) {
        String rest = scanner.rest();
        Matcher m = scanner.take(VALUE).orElseThrow(
                () -> CommandSyntaxException.malformed("A value was expected (" + rest + ")."));
        return m.group(2) != null ? new Value(m.group(2), false) : new Value(m.group(3), true);
    }

    private static void option(Request.Builder request, String name, Operator operator, Value value) {
        switch (name) {
            // ":!" means nothing for these two; the classic shell ignored it as well.
            case "Show" -> SelectionList.parse(value.text()).forEach(request::get);
            case "Data" -> DataDocument.parse(value.text()).forEach(request::data);
            default -> request.option(new Option(name, operator.wire(), value.text()));
        }
    }

    private static Condition condition(String conjunction, int group, String qualified, Operator operator, Value value) {
        int dot = qualified.indexOf('.');
        String object = dot < 0 ? "" : qualified.substring(0, dot);
        String name = dot < 0 ? qualified : qualified.substring(dot + 1);
        String subject = "";
        String text = value.text();
        int valueDot = text.indexOf('.');
        // Exactly one dot inside an unquoted value makes a join ("Subject.Attribute"). A value with
        // more dots is literal (the classic shell sent a stale capture instead, a bug fixed here), and
        // so is one with a dot at either end, which names no object and no attribute (".5").
        if (!value.quoted() && valueDot > 0 && valueDot < text.length() - 1 && text.indexOf('.', valueDot + 1) < 0) {
            subject = text.substring(0, valueDot);
            text = text.substring(valueDot + 1);
        }
        String groupText = group == 0 ? "" : Integer.toString(group);
        return new Condition(conjunction, groupText, object, name, operator.wire(), subject, text);
    }
}
