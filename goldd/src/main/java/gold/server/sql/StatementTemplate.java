package gold.server.sql;

import java.util.List;

/**
 * One SQL statement of the bootstrap script with its psql variable references still open: the text
 * pieces around each reference, so that rendering never re-scans SQL text (a value can therefore never
 * be mistaken for another reference).
 */
record StatementTemplate(List<String> texts, List<Variable> variables, int line) {

    /** The two psql variables the script may use, each in the one form psql gives it there. */
    enum Variable {
        /** {@code :'admin'}: the administrator's name as a quoted string literal. */
        ADMIN,
        /** {@code :now}: the install time, epoch seconds, as a bare number. */
        NOW
    }

    StatementTemplate {
        texts = List.copyOf(texts);
        variables = List.copyOf(variables);
        if (texts.size() != variables.size() + 1) {
            throw new IllegalArgumentException("texts must surround every variable");
        }
    }

    /** The statement with {@code adminLiteral} (already quoted) and {@code now} substituted. */
    String render(String adminLiteral, long now) {
        StringBuilder sql = new StringBuilder(texts.get(0));
        for (int i = 0; i < variables.size(); i++) {
            sql.append(variables.get(i) == Variable.ADMIN ? adminLiteral : Long.toString(now));
            sql.append(texts.get(i + 1));
        }
        return sql.toString();
    }
}
