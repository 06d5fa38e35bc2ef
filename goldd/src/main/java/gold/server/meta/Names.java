package gold.server.meta;

import gold.protocol.Code;

import java.util.regex.Pattern;

/**
 * The mechanical mapping between Gold names (UpperCamelCase) and SQL names (docs/data-model.md, Names):
 * {@code AccountUser} is table {@code g_account_user}, {@code JobId} is column {@code g_job_id}.
 */
public final class Names {
    private static final Pattern VALID = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private Names() {
    }

    /** Object or attribute name to table or column name. */
    public static String toDb(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean wordStart = i == 0 || !isWord(name.charAt(i - 1));
                b.append(wordStart ? "g_" : "_").append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Column name back to attribute name: drop one leading g, then every _x becomes X. */
    public static String fromDb(String column) {
        String s = column.startsWith("g") ? column.substring(1) : column;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && i + 1 < s.length()) {
                b.append(Character.toUpperCase(s.charAt(++i)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Table name of an object's journal. */
    public static String logTable(String object) {
        return toDb(object) + "_log";
    }

    /** Refuses names that would not map cleanly to SQL (decision Q10). */
    public static void requireValid(String kind, String name) {
        if (!VALID.matcher(name).matches()) {
            throw Code.FAILED.exception(kind + " name " + name + " is invalid: it must match ^[A-Z][A-Za-z0-9]*$");
        }
    }

    /** True when the name is a safe identifier (letters and digits only) so it may appear in SQL text. */
    public static boolean isIdentifier(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
