package gold.server.sql;

import gold.protocol.Code;
import gold.protocol.GoldException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The bootstrap database (sql/bank.sql): schema, metadata and initial rows of a fresh bank, loadable
 * through JDBC into PostgreSQL or SQLite exactly as {@code psql -v admin=NAME gold < bank.sql} loads
 * it. The script's psql variables become the two arguments of {@link #run}: {@code :'admin'} the
 * administrator (super.user), quoted as a string literal, and {@code :now} the install time.
 */
public final class BootstrapScript {
    /** Where goldd's jar carries sql/bank.sql (goldd/pom.xml copies it there). */
    public static final String RESOURCE = "gold/sql/bank.sql";
    /** Longest administrator name: the width of the varchar columns that hold user names. */
    static final int MAX_ADMIN_LENGTH = 1024;

    private final List<StatementTemplate> templates;

    private BootstrapScript(List<StatementTemplate> templates) {
        this.templates = templates;
    }

    /** The script shipped in goldd's jar. */
    public static BootstrapScript load() {
        InputStream in = BootstrapScript.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw Code.INTERNAL.exception("bootstrap script " + RESOURCE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads and parses a script; fails with 720 naming the line if it leaves the supported subset. */
    public static BootstrapScript read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return new BootstrapScript(ScriptParser.parse(text.toString()));
    }

    /** The statements {@link #run} executes, in order, with the variables substituted. */
    public List<String> statements(String admin, long now) {
        String literal = adminLiteral(admin);
        checkNow(now);
        List<String> sql = new ArrayList<>(templates.size());
        for (StatementTemplate t : templates) {
            sql.add(t.render(literal, now));
        }
        return sql;
    }

    /**
     * Executes every statement in order on {@code connection}. The caller owns the transaction (turn off
     * auto-commit to make the load all-or-nothing); a failing statement is reported with its line.
     */
    public void run(Connection connection, String admin, long now) throws SQLException {
        String literal = adminLiteral(admin);
        checkNow(now);
        try (Statement statement = connection.createStatement()) {
            for (StatementTemplate t : templates) {
                try {
                    statement.execute(t.render(literal, now));
                } catch (SQLException e) {
                    throw new SQLException("bootstrap script line " + t.line() + ": " + e.getMessage(),
                            e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
    }

    /**
     * The administrator's name as an SQL string literal. Names that no user could type or that would
     * change meaning on the way into SQL are refused: empty, too long, control characters, surrounding
     * blanks, and backslashes (an escape character where standard_conforming_strings is off).
     */
    static String adminLiteral(String admin) {
        if (admin == null || admin.isEmpty()) {
            throw invalid("the administrator name (super.user) is empty");
        }
        if (admin.length() > MAX_ADMIN_LENGTH) {
            throw invalid("the administrator name (super.user) is longer than " + MAX_ADMIN_LENGTH + " characters");
        }
        if (!admin.equals(admin.strip())) {
            throw invalid("the administrator name (super.user) has leading or trailing blanks");
        }
        for (int i = 0; i < admin.length(); i++) {
            char c = admin.charAt(i);
            if (Character.isISOControl(c) || c == '\\' || Character.isSurrogate(c) && !validSurrogateAt(admin, i)) {
                throw invalid("the administrator name (super.user) contains a character not allowed in a user name");
            }
        }
        return "'" + admin.replace("'", "''") + "'";
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void checkNow(long now) {
        if (now < 0) {
            throw invalid("the install time must be epoch seconds, not " + now);
        }
    }

    private static GoldException invalid(String message) {
        return Code.INVALID_VALUE.exception(message);
    }
}
