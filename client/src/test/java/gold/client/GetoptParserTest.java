package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetoptParserTest {
    /** The options of glsaccount, with its exact-match and show family. */
    private static OptionSet glsaccount() {
        OptionSet o = new OptionSet();
        o.flag("A", "-A", "").flag("I", "-I", "").string("n", "", "").string("p", "", "").string("u", "", "")
                .string("m", "", "").flag("exact-match", "", "").show().showHidden().longWide().hours().commonList()
                .integer("a", "", "").supplements(OptionKind.GET, OptionKind.WHERE, OptionKind.OPTION);
        return o;
    }

    private static ParsedArgs parse(OptionSet o, String... words) throws UsageException {
        return new GetoptParser(o).parse(List.of(words));
    }

    private static List<String> errors(OptionSet o, String... words) {
        return assertThrows(UsageException.class, () -> parse(o, words)).lines();
    }

    @Test
    void longOptionsTakeOneOrTwoDashesAndValueAfterEqualsOrNextWord() throws Exception {
        assertEquals("Name", parse(glsaccount(), "--show", "Name").get("show"));
        assertEquals("Name", parse(glsaccount(), "-show=Name").get("show"));
        assertEquals("amy", parse(glsaccount(), "-u=amy").get("u"));
        assertTrue(parse(glsaccount(), "-showHidden").flag("showHidden"));
    }

    @Test
    void singleLetterWithGluedValueIsAnUnknownOption() {
        assertEquals(List.of("Unknown option: uamy"), errors(glsaccount(), "-uamy"));
    }

    @Test
    void noBundling() {
        assertEquals(List.of("Unknown option: AI"), errors(glsaccount(), "-AI"));
    }

    @Test
    void uniquePrefixesResolveAndAmbiguityListsEveryHitSorted() throws Exception {
        assertTrue(parse(glsaccount(), "--exa").flag("exact-match"));
        assertTrue(parse(glsaccount(), "-e").flag("exact-match"));
        assertEquals(List.of("Option s is ambiguous (show, showHidden)"), errors(glsaccount(), "-s"));
        assertEquals(List.of("Option ver is ambiguous (verbose, version)"),
                errors(new OptionSet().commonModify(), "--ver"));
    }

    @Test
    void exactNameWinsOverPrefixAndCaseMatters() throws Exception {
        ParsedArgs a = parse(glsaccount(), "-h", "-V");
        assertTrue(a.flag("hours"));
        assertTrue(a.flag("version"));
        assertEquals(List.of("Unknown option: x"), errors(glsaccount(), "-x"));
    }

    @Test
    void withoutHoursTheWordDashHMeansHelp() throws Exception {
        OptionSet o = new OptionSet().commonModify().string("u", "", "");
        assertTrue(parse(o, "-h").flag("help"));
        assertTrue(parse(new OptionSet().commonList(), "-v").flag("version"));
        assertTrue(parse(new OptionSet().commonList(), "-q").flag("quiet"));
    }

    @Test
    void aliasesOfOneOptionAreNotAmbiguous() throws Exception {
        assertTrue(parse(glsaccount(), "--hou").flag("hours"));
        assertTrue(parse(glsaccount(), "--lo").flag("long"));
    }

    @Test
    void stringOptionTakesTheNextWordEvenWithADash() throws Exception {
        assertEquals("-A", parse(glsaccount(), "-u", "-A").get("u"));
        assertFalse(parse(glsaccount(), "-u", "-A").flag("A"));
    }

    @Test
    void integerOptionsAcceptSignedDigitsOnly() throws Exception {
        assertEquals("-5", parse(glsaccount(), "-a", "-5").get("a"));
        assertEquals("+7", parse(glsaccount(), "-a=+7").get("a"));
        assertEquals(List.of("Value \"1.5\" invalid for option a (number expected)"), errors(glsaccount(), "-a", "1.5"));
    }

    @Test
    void missingValueAtTheEndOrAfterEquals() {
        assertEquals(List.of("Option u requires an argument"), errors(glsaccount(), "-u"));
        assertEquals(List.of("Option show requires an argument"), errors(glsaccount(), "--show="));
        assertEquals(List.of("Option show requires an argument"), errors(glsaccount(), "--raw", "--show"));
    }

    @Test
    void flagsRefuseAValue() {
        assertEquals(List.of("Option raw does not take an argument"), errors(glsaccount(), "--raw=1"));
    }

    @Test
    void optionsAndPositionalsIntermixAndDoubleDashEndsOptions() throws Exception {
        ParsedArgs a = parse(glsaccount(), "amy", "--show", "Name", "--", "-A");
        assertEquals(List.of("amy", "-A"), a.positionals());
        assertFalse(a.flag("A"));
        assertEquals(List.of("-"), parse(glsaccount(), "-").positionals());
    }

    @Test
    void lastValueWinsAndExtensionsAccumulate() throws Exception {
        OptionSet o = new OptionSet().extension().string("d", "", "");
        ParsedArgs a = parse(o, "-d", "x", "-d", "y", "-X", "b=2", "--extension", "a=1", "-X", "b=3");
        assertEquals("y", a.get("d"));
        assertEquals(Map.of("a", "1", "b", "3"), a.map("extension"));
        assertEquals(List.of("Option X, key \"foo\", requires a value"), errors(o, "-X", "foo"));
    }

    @Test
    void everyErrorIsReported() {
        assertEquals(List.of("Unknown option: foo", "Unknown option: bar"), errors(glsaccount(), "--foo", "-bar"));
    }

    @Test
    void extensionOptionsMatchTheirExactNameOnly() throws Exception {
        OptionSet o = new OptionSet().commonModify();
        assertEquals("json", parse(o, "--format", "json").get("format"));
        assertEquals("k1", parse(o, "--request-key=k1").get("request-key"));
        assertEquals(List.of("Unknown option: form"), errors(o, "--form", "json"));
        assertEquals(List.of("Unknown option: request"), errors(o, "--request", "k"));
    }

    @Test
    void supplementsSwallowKeyValueWordsIntoOneElement() throws Exception {
        ParsedArgs a = parse(glsaccount(), "--option", "name=UseRules", "value=True", "amy",
                "--where", "name=Name", "op=Match", "value=\"a b\"", "junk=1", "--get");
        assertEquals(List.of("amy"), a.positionals());
        assertEquals(3, a.supplements().size());
        assertEquals(Map.of("name", "UseRules", "value", "True"), a.supplements().get(0).pairs());
        assertEquals(Map.of("name", "Name", "op", "Match", "value", "a b"), a.supplements().get(1).pairs());
        assertTrue(a.supplements().get(2).pairs().isEmpty());
    }

    @Test
    void supplementStopsAtTheFirstWordThatIsNoPair() throws Exception {
        ParsedArgs a = parse(glsaccount(), "--where", "name=Id", "bad\"=x", "value=2");
        assertEquals(List.of("bad\"=x", "value=2"), a.positionals());
    }
}
