package gold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

class CommandCompleterTest {
    private final Metadata metadata = new Metadata(set("User", "Project", "ProjectUser"),
            Map.of("User", set("Query", "Modify"), "Project", set("Query")),
            Map.of("User", set("Name", "Active"), "ProjectUser", set("Project", "Name")));
    private final CommandCompleter completer = new CommandCompleter(() -> metadata);
    private final WordParser parser = new WordParser();

    private static SortedSet<String> set(String... names) {
        return new TreeSet<>(List.of(names));
    }

    private List<String> complete(String line) {
        ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
        String word = parsed.word().substring(0, parsed.wordCursor());
        return completer.candidates(parsed.words(), parsed.wordIndex(), word).stream().map(Candidate::value)
                .filter(v -> v.startsWith(word)).toList();
    }

    @Test
    void firstWordCompletesObjectsAlsoAfterAComma() {
        assertEquals(List.of("Project", "ProjectUser"), complete("Pro"));
        assertEquals(List.of("User,Project", "User,ProjectUser"), complete("User,Pro"));
    }

    @Test
    void secondWordCompletesTheActionsOfTheFirstObject() {
        assertEquals(List.of("Modify", "Query"), complete("User "));
        assertEquals(List.of("Query"), complete("User Q"));
        assertEquals(List.of("Query"), complete("Project:p Q"));
    }

    @Test
    void laterWordsCompleteAttributesAndOptionsWithoutATrailingBlank() {
        assertEquals(List.of("Active"), complete("User Query Ac"));
        assertEquals(List.of("(Name"), complete("User Query (Na"));
        assertEquals(List.of("||Name"), complete("User Query Name==amy ||Na"));
        assertEquals(List.of("ShowHidden"), complete("User Query ShowH"));
        assertEquals(List.of("Show", "ShowHidden", "ShowUsage"), complete("User Query Sho"));
        ParsedLine parsed = parser.parse("User Query Ac", 13, Parser.ParseContext.COMPLETE);
        Candidate candidate = completer.candidates(parsed.words(), parsed.wordIndex(), "Ac").get(0);
        assertTrue(!candidate.complete(), "an operator follows the name");
    }

    @Test
    void joinsOfferQualifiedNames() {
        List<String> names = complete("User,ProjectUser Query ProjectUser.");
        assertEquals(List.of("ProjectUser.Name", "ProjectUser.Project"), names.stream().sorted().toList());
    }

    @Test
    void showListsCompleteTheirLastItem() {
        assertEquals(List.of("Show:=Name,Active"), complete("User Query Show:=Name,Ac"));
        assertEquals(List.of("Show:=\"Sort(Name"), complete("User Query Show:=\"Sort(Na"));
    }

    @Test
    void valuesAreNotCompleted() {
        assertEquals(List.of(), complete("User Query Name==Ac"));
    }

    @Test
    void theCursorOnBlankStartsANewWord() {
        ParsedLine parsed = parser.parse("User  Query", 5, Parser.ParseContext.COMPLETE);
        assertEquals(1, parsed.wordIndex());
        assertEquals("", parsed.word());
        assertEquals(List.of("User", "", "Query"), parsed.words());
    }
}
