package gold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** goldsh with its command as arguments, and its options. */
class GoldshCommandLineTest {
    private final FakeServer server = new FakeServer();

    @Test
    void wordsAreJoinedIntoOneCommandAndOptionsMayComeAnywhere() {
        server.answer(r -> List.of(Response.success("000", "Done", 0, List.of())));
        GoldshRun run = GoldshRun.piped(server, "Ignored Query\n", "User", "Query", "Name==amy", "--quiet");
        assertEquals(1, server.received().size());
        Request sent = server.received().get(0);
        assertEquals("User", sent.object());
        assertEquals("amy", sent.conditions().get(0).value());
        assertEquals("", run.out, "quiet hides the success message");
    }

    @Test
    void quotedValuesSurviveWhenProtectedTwice() {
        GoldshRun.piped(server, "", "User", "Modify", "Name==amy", "PhoneNumber=\"(509) 555-8765\"");
        assertEquals("(509) 555-8765", server.received().get(0).assignments().get(0).value());
    }

    @Test
    void valuesStrippedOfTheirQuotesByTheUsersShellAreRejected() {
        GoldshRun run = GoldshRun.piped(server, "", "User", "Modify", "Name==amy", "PhoneNumber=(509) 555-8765");
        assertEquals("A value was expected ((509) 555-8765).\n", run.err);
        assertEquals(31, run.status);
        assertTrue(server.received().isEmpty());
    }

    @Test
    void anOperatorWordStartingWithADashIsAnUnknownOption() {
        GoldshRun run = GoldshRun.piped(server, "", "User", "Modify", "Name==amy", "CommonName", "-=", "x");
        assertTrue(run.err.startsWith("Unknown option: =\nUsage:\n    goldsh [--debug]"), run.err);
        assertEquals(2, run.status);
        assertTrue(server.received().isEmpty());
    }

    @Test
    void commandLineSupplementsIncludingJobAreApplied() {
        GoldshRun.piped(server, "", "Job", "Charge", "--job", "JobId=PBS.1", "Processors=2");
        Request sent = server.received().get(0);
        assertEquals("PBS.1", sent.data().get(0).get("JobId"));
        assertEquals("2", sent.data().get(0).get("Processors"));
    }

    @Test
    void helpVersionAndManPrintAndExitZero() {
        GoldshRun help = GoldshRun.piped(server, "", "--help");
        assertTrue(help.out.startsWith("Usage:\n    goldsh [--debug] [-?, --help] [--man] [--raw] [--quiet] [-v,"), help.out);
        assertTrue(help.out.contains("--compat-exit"), help.out);
        assertEquals(0, help.status);
        assertEquals("Gold version 3.0.0\n", GoldshRun.piped(server, "", "-V").out);
        GoldshRun man = GoldshRun.piped(server, "", "--man");
        assertTrue(man.out.contains("DESCRIPTION") && man.out.contains("&&!"), man.out);
        assertTrue(server.received().isEmpty());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        GoldshRun run = GoldshRun.piped(server, "", "--format", "xml", "System", "Query");
        assertEquals(2, run.status);
        assertTrue(run.err.startsWith("Value \"xml\" invalid for option format"), run.err);
    }

    @Test
    void verboseShowsTheDataOfNonQueryActions() {
        server.answer(r -> List.of(FakeServer.rows("Successfully modified 1 Users", FakeServer.row("User", "Name", "amy"))));
        assertEquals("Successfully modified 1 Users\n",
                GoldshRun.piped(server, "", "User", "Modify", "Name==amy", "Description=x").out);
        assertEquals("Name \n---- \namy  \nSuccessfully modified 1 Users\n",
                GoldshRun.piped(server, "", "-v", "User", "Modify", "Name==amy", "Description=x").out);
    }
}
