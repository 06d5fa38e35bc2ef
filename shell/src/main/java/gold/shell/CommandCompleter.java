package gold.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion on the terminal from the server's metadata: the first word completes object names
 * (after a comma too, for joins), the second the actions of the first object, and every later word
 * the attribute names of the command's objects ({@code Object.Name} as well when there are several),
 * the common options, and the items of a {@code Show:=} list. Leading parentheses and conjunction
 * characters of a predicate are kept in front of the completed name.
 */
final class CommandCompleter implements Completer {
    private static final Pattern PREDICATE_LEAD = Pattern.compile("^[(!|&]*");
    private static final Pattern OPERATOR_CHAR = Pattern.compile("[-+<>!~:=]");
    private static final Pattern SHOW_LIST = Pattern.compile("^(Show:[=!]\"?(?:[^,]*,)*(?:\\w+\\()?)([\\w.]*)$");

    private final Supplier<Metadata> metadata;

    CommandCompleter(Supplier<Metadata> metadata) {
        this.metadata = metadata;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        candidates.addAll(candidates(line.words(), line.wordIndex(), word));
    }

    /** The candidates for the word {@code word} (up to the cursor) at position {@code index} of {@code words}. */
    List<Candidate> candidates(List<String> words, int index, String word) {
        Metadata meta = metadata.get();
        if (index == 0) {
            String head = word.substring(0, word.lastIndexOf(',') + 1);
            return names(head, meta.objects(), true);
        }
        List<String> objects = objects(words.isEmpty() ? "" : words.get(0));
        if (index == 1) {
            return objects.isEmpty() ? List.of() : names("", meta.actionsOf(objects.get(0)), true);
        }
        Set<String> attributes = new LinkedHashSet<>();
        for (String object : objects) {
            attributes.addAll(meta.attributesOf(object));
        }
        if (objects.size() > 1) {
            for (String object : objects) {
                meta.attributesOf(object).forEach(a -> attributes.add(object + "." + a));
            }
        }
        Matcher show = SHOW_LIST.matcher(word);
        if (show.matches()) {
            return names(show.group(1), attributes, false);
        }
        Matcher lead = PREDICATE_LEAD.matcher(word);
        lead.find();
        String prefix = lead.group();
        if (OPERATOR_CHAR.matcher(word.substring(prefix.length())).find()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(attributes);
        names.addAll(Metadata.COMMON_OPTIONS);
        return names(prefix, names, false);
    }

    private static List<String> objects(String first) {
        List<String> objects = new ArrayList<>();
        for (String piece : first.split(",")) {
            int colon = piece.indexOf(':');
            String name = colon < 0 ? piece : piece.substring(0, colon);
            if (!name.isEmpty()) {
                objects.add(name);
            }
        }
        return objects;
    }

    /** Candidates {@code prefix + name}; complete ones get a trailing blank, names before an operator do not. */
    private static List<Candidate> names(String prefix, Iterable<String> names, boolean complete) {
        List<Candidate> candidates = new ArrayList<>();
        for (String name : names) {
            candidates.add(new Candidate(prefix + name, name, null, null, null, null, complete));
        }
        return candidates;
    }
}
