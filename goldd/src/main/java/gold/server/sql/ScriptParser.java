package gold.server.sql;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.server.sql.StatementTemplate.Variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a psql script into statements the way psql does for the subset bank.sql uses: statements end
 * at a semicolon outside string literals, quoted identifiers and comments; comments are dropped; psql
 * meta-commands (a line starting with a backslash) are skipped, since they only set the variables that
 * the caller of {@link BootstrapScript} supplies itself. Anything outside that subset (another
 * meta-command, another variable, SQL inside {@code \if}) is refused so the two loaders cannot drift
 * apart silently.
 */
final class ScriptParser {
    /** Meta-commands that only print or set variables; \if and friends are tracked for nesting. */
    private static final Set<String> META_COMMANDS = Set.of("set", "echo", "qecho", "if", "elif", "else", "endif");
    /** Transaction control: the caller of the loader owns the transaction, psql loads need it. */
    private static final Pattern TRANSACTION_CONTROL =
            Pattern.compile("(BEGIN|COMMIT|END|ROLLBACK|START TRANSACTION)( WORK| TRANSACTION)?");

    private final String text;
    private final List<StatementTemplate> statements = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private int pos;
    private int line = 1;
    private int statementLine = 1;
    private int ifDepth;
    /** Whether anything but whitespace belongs to the statement being read. */
    private boolean started;

    private ScriptParser(String text) {
        this.text = text;
    }

    /** Parses a whole script; fails with 720 and the line number on anything outside the subset. */
    static List<StatementTemplate> parse(String text) {
        ScriptParser parser = new ScriptParser(text);
        parser.run();
        return List.copyOf(parser.statements);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && atLineStart() && !started) {
                metaCommand();
            } else if (c == '\\') {
                throw error("backslash outside a string literal");
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\'' || c == '"') {
                quoted(c);
            } else if (c == ':') {
                colon();
            } else if (c == ';') {
                pos++;
                endStatement();
            } else {
                append(c);
                pos++;
            }
        }
        if (started) {
            throw error("statement without a terminating semicolon at the end of the script");
        }
        if (ifDepth != 0) {
            throw error("\\if without \\endif");
        }
    }

    private void metaCommand() {
        int end = text.indexOf('\n', pos);
        String command = text.substring(pos + 1, end < 0 ? text.length() : end).strip();
        String name = command.split("\\s+", 2)[0];
        if (!META_COMMANDS.contains(name)) {
            throw error("unsupported psql meta-command \\" + name);
        }
        if (name.equals("if")) {
            ifDepth++;
        } else if (name.equals("endif")) {
            if (--ifDepth < 0) {
                throw error("\\endif without \\if");
            }
        }
        pos = end < 0 ? text.length() : end;
    }

    private void skipLineComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        int start = line;
        do {
            if (pos >= text.length()) {
                line = start;
                throw error("unterminated /* comment");
            }
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                countLine(text.charAt(pos++));
            }
        } while (depth > 0);
        append(' ');
    }

    /** A string literal ('...', '' inside) or quoted identifier ("...", "" inside), copied verbatim. */
    private void quoted(char quote) {
        int start = line;
        append(quote);
        pos++;
        while (true) {
            if (pos >= text.length()) {
                line = start;
                throw error("unterminated " + (quote == '\'' ? "string literal" : "quoted identifier"));
            }
            char c = text.charAt(pos++);
            append(c);
            if (c == quote) {
                if (peek(0) != quote) {
                    return;
                }
                append(quote);
                pos++;
            }
        }
    }

    /** psql variables: only :'admin' and :now are known; "::" (a cast) stays as it is. */
    private void colon() {
        if (peek(1) == ':') {
            start();
            current.append("::");
            pos += 2;
        } else if (peek(1) == '\'') {
            int close = text.indexOf('\'', pos + 2);
            String name = close < 0 ? "" : text.substring(pos + 2, close);
            if (!name.equals("admin")) {
                throw error("unknown psql variable :'" + name + "' (only :'admin' and :now)");
            }
            variable(Variable.ADMIN);
            pos = close + 1;
        } else if (Character.isLetter(peek(1)) || peek(1) == '_') {
            int end = pos + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            String name = text.substring(pos + 1, end);
            if (!name.equals("now")) {
                throw error("unknown psql variable :" + name + " (only :'admin' and :now)");
            }
            variable(Variable.NOW);
            pos = end;
        } else {
            append(':');
            pos++;
        }
    }

    private void variable(Variable variable) {
        start();
        texts.add(current.toString());
        variables.add(variable);
        current = new StringBuilder();
    }

    private void endStatement() {
        texts.add(current.toString());
        current = new StringBuilder();
        started = false;
        List<String> pieces = new ArrayList<>(texts);
        List<Variable> vars = new ArrayList<>(variables);
        texts.clear();
        variables.clear();
        String whole = String.join("", pieces).strip();
        if (whole.isEmpty() && vars.isEmpty()) {
            return;
        }
        if (ifDepth > 0) {
            throw error("SQL inside \\if ... \\endif (BootstrapScript runs every statement)");
        }
        if (vars.isEmpty() && isTransactionControl(whole)) {
            return;
        }
        pieces.set(0, pieces.get(0).stripLeading());
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1).stripTrailing());
        statements.add(new StatementTemplate(pieces, vars, statementLine));
    }

    private static boolean isTransactionControl(String sql) {
        String words = sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return TRANSACTION_CONTROL.matcher(words).matches();
    }

    private void append(char c) {
        if (!Character.isWhitespace(c)) {
            start();
        }
        current.append(c);
        countLine(c);
    }

    /** Notes where a statement begins, for error messages. */
    private void start() {
        if (!started) {
            started = true;
            statementLine = line;
        }
    }

    private void countLine(char c) {
        if (c == '\n') {
            line++;
        }
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private GoldException error(String what) {
        return Code.INTERNAL.exception("bootstrap script line " + line + ": " + what);
    }
}
