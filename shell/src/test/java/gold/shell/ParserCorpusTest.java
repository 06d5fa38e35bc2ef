package gold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Request;
import gold.protocol.xml.RequestXml;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every accepted command of the corpus (the control language, the classic example catalogue and the
 * fixed classic bugs) becomes exactly the documented request, and every rejected one fails with the
 * documented code and message.
 */
class ParserCorpusTest {
    private final CommandParser parser = new CommandParser();

    @TestFactory
    Stream<DynamicTest> everyCorpusLineParsesAsDocumented() {
        return CorpusCase.load("parser-corpus.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    @Test
    void corpusCoversBothAcceptedAndRejectedCommands() {
        List<CorpusCase> cases = CorpusCase.load("parser-corpus.txt");
        assertTrue(cases.stream().filter(CorpusCase::accepted).count() >= 40, "accepted cases");
        assertTrue(cases.stream().filter(c -> !c.accepted()).count() >= 30, "rejected cases");
    }

    private void check(CorpusCase c) {
        if (c.accepted()) {
            Request request = parser.parse(c.command(), Request.builder().actor("gold")).build();
            // The protocol codec writes what goes on the wire (and is signed): compare with that text.
            assertEquals(c.expectedRequest(), RequestXml.toElement(request).toString(), c.toString());
            return;
        }
        CommandSyntaxException e = assertThrows(CommandSyntaxException.class, () -> parser.parse(c.command()),
                c.toString());
        assertEquals(c.expectedCode(), e.code(), c.toString());
        if (c.prefix()) {
            assertTrue(e.getMessage().startsWith(c.expectedMessage()), c + " gave " + e.getMessage());
            assertTrue(e.getMessage().endsWith(")."), c + " gave " + e.getMessage());
        } else {
            assertEquals(c.expectedMessage(), e.getMessage(), c.toString());
        }
    }
}
