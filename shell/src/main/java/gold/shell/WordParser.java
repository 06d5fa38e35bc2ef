package gold.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser;

/**
 * Splits a terminal line into words at white space only, for completion. goldsh's own parser reads
 * the line as typed, so quotes, backslashes and parentheses mean nothing here: a line is never
 * "incomplete" (no continuation prompt for an open quote) and completed names are inserted verbatim.
 */
final class WordParser implements Parser {
    @Override
    public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
        List<String> words = new ArrayList<>();
        int wordIndex = -1;
        int wordCursor = 0;
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (cursor >= start && cursor <= i) {
                wordIndex = words.size();
                wordCursor = cursor - start;
            }
            words.add(line.substring(start, i));
        }
        if (wordIndex < 0) {
            // The cursor stands on white space: completion starts a new, empty word there.
            int before = 0;
            for (int j = 0, k = 0; j < words.size(); j++) {
                k = line.indexOf(words.get(j), k) + words.get(j).length();
                if (k <= cursor) {
                    before = j + 1;
                }
            }
            words.add(before, "");
            wordIndex = before;
            wordCursor = 0;
        }
        return new Line(line, cursor, List.copyOf(words), wordIndex, wordCursor);
    }

    private record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
            implements CompletingParsedLine {
        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
