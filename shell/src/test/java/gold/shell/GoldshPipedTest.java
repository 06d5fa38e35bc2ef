package gold.shell;

import static gold.shell.FakeServer.row;
import static gold.shell.FakeServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Request;
import gold.protocol.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** goldsh reading commands from a pipe or file: output, errors, session rules and exit status. */
class GoldshPipedTest {
    private final FakeServer server = new FakeServer().answer(r -> List.of(rows("", row("User", "Name", "gold"))));

    @Test
    void pipedInputPrintsNoPromptNoEchoAndNothingOnStderr() {
        GoldshRun run = GoldshRun.piped(server, "# a comment line\nUser Query Show:=Name Limit:=1\nquit\n");
        assertEquals("Name \n---- \ngold \n", run.out, run.toString());
        assertEquals("", run.err);
        assertEquals(0, run.status);
        Request sent = server.received().get(0);
        assertEquals(System.getProperty("user.name"), sent.actor());
        assertEquals("Limit", sent.options().get(0).name());
    }

    @Test
    void onlyExactQuitWordsEndTheSession() {
        GoldshRun run = GoldshRun.piped(server, "User Query Description==exit\nquitter Query\nq\nUser Query\n");
        assertEquals(1, server.received().size(), run.toString());
        assertEquals("exit", server.received().get(0).conditions().get(0).value());
        assertTrue(run.err.contains("The object is malformed (quitter)."), run.toString());
    }

    @Test
    void endOfInputEndsTheSession() {
        GoldshRun run = GoldshRun.piped(server, "User Query\nUser Query");
        assertEquals(2, server.received().size(), run.toString());
    }

    @Test
    void syntaxErrorGoesToStderrAndTheSessionContinues() {
        GoldshRun run = GoldshRun.piped(server, "User Query Name==amy &! Name==bob\nUser Query Show:=Name\n");
        assertEquals("The conjunction is malformed (&! ).\n", run.err);
        assertEquals(1, server.received().size());
        assertEquals("Name \n---- \ngold \n", run.out);
        assertEquals(31, run.status, "the last failing command decides the status");
    }

    @Test
    void serverFailureSetsTheExitStatusUnlessCompatExit() {
        server.answer(r -> List.of(Response.failure("740", "Foo is not a valid object")));
        GoldshRun run = GoldshRun.piped(server, "Foo Query\n");
        assertEquals("Foo is not a valid object\n", run.out);
        assertEquals(74, run.status);
        assertEquals(0, GoldshRun.piped(server, "Foo Query\n", "--compat-exit").status);
    }

    @Test
    void aLaterSuccessDoesNotClearAnEarlierFailure() {
        server.answer(r -> List.of(r.object().equals("Foo") ? Response.failure("740", "Foo is not a valid object")
                : Response.success("000", "", 0, List.of())));
        assertEquals(74, GoldshRun.piped(server, "Foo Query\nUser Query\n").status);
    }

    @Test
    void transportErrorsGoToStderrWithTheClassicPrefix() {
        server.answer(r -> List.of(Response.failure("222",
                "Failed sending message: (Unable to connect to socket (Connection refused)).")));
        GoldshRun run = GoldshRun.piped(server, "System Query\n");
        assertEquals("", run.out);
        assertEquals("Error detected while obtaining response (222): Failed sending message: (Unable to connect to"
                + " socket (Connection refused)).\n", run.err);
        assertEquals(22, run.status);
    }

    @Test
    void verboseIsStickyAfterTheFirstQuery() {
        server.answer(r -> List.of(rows("Successfully modified 1 Users", row("User", "Name", "amy"))));
        GoldshRun run = GoldshRun.piped(server, "User Modify Name==amy Description=x\nUser Query Name==amy\n"
                + "User Modify Name==amy Description=y\n");
        assertEquals("Successfully modified 1 Users\n"
                + "Name \n---- \namy  \nSuccessfully modified 1 Users\n"
                + "Name \n---- \namy  \nSuccessfully modified 1 Users\n", run.out, run.toString());
    }

    @Test
    void everyChunkIsPrintedAndRawModePrintsOneHeader() {
        server.answer(r -> List.of(rows("", row("User", "Name", "amy")).withChunk(1, -1),
                rows("", row("User", "Name", "bob")).withChunk(2, 2)));
        assertEquals("Name \n---- \namy  \nName \n---- \nbob  \n", GoldshRun.piped(server, "User Query\n").out);
        assertEquals("Name\namy\nbob\n", GoldshRun.piped(server, "User Query\n", "--raw").out);
    }

    @Test
    void jsonFormatMergesChunksIntoOneArray() {
        server.answer(r -> List.of(rows("", row("User", "Name", "amy")).withChunk(1, -1),
                rows("", row("User", "Name", "bob")).withChunk(2, 2)));
        GoldshRun run = GoldshRun.piped(server, "User Query\n", "--format", "json");
        assertEquals(1, run.out.chars().filter(c -> c == '[').count(), run.out);
        assertTrue(run.out.contains("\"amy\"") && run.out.contains("\"bob\""), run.out);
    }

    @Test
    void csvFormatWritesOneHeaderForAllChunksQuotesFieldsAndSendsMessagesToStderr() {
        server.answer(r -> r.action().equals("Query")
                ? List.of(rows("", row("User", "Name", "amy", "CommonName", "Wilkes, Amy")).withChunk(1, -1),
                        rows("", row("User", "Name", "bob", "CommonName", "Smith \"Bob\"")).withChunk(2, 2))
                : List.of(Response.success("Successfully modified 1 Users")));
        GoldshRun run = GoldshRun.piped(server, "User Query Show:=Name,CommonName\nUser Modify Name==amy Active=False\n",
                "--format", "csv");
        assertEquals("Name,CommonName\namy,\"Wilkes, Amy\"\nbob,\"Smith \"\"Bob\"\"\"\n", run.out, run.toString());
        assertEquals("Successfully modified 1 Users\n", run.err, run.toString());
        assertEquals(0, run.status);

        GoldshRun quiet = GoldshRun.piped(server, "User Query\n", "--format", "csv", "--quiet");
        assertEquals("amy,\"Wilkes, Amy\"\nbob,\"Smith \"\"Bob\"\"\"\n", quiet.out, quiet.toString());
    }

    @Test
    void quietSuppressesHeadersAndSuccessMessages() {
        server.answer(r -> List.of(rows("Done", row("User", "Name", "gold"))));
        assertEquals("gold \n", GoldshRun.piped(server, "User Query\n", "--quiet").out);
    }

    @Test
    void unknownOptionInALineIsReportedAndTheLineIsNotRun() {
        GoldshRun run = GoldshRun.piped(server, "User Modify Name==amy CommonName -= x\nUser Query\n");
        assertEquals("Unknown option: =\n", run.err);
        assertEquals(1, server.received().size());
        assertEquals("Query", server.received().get(0).action());
        assertEquals(2, run.status, "an option error is the last failure");
    }

    @Test
    void lineSupplementsComeBeforeThePredicates() {
        GoldshRun.piped(server, "User Query Name==amy --where name=Active value=True --get name=Name\n");
        Request sent = server.received().get(0);
        assertEquals(List.of("Active", "Name"), sent.conditions().stream().map(c -> c.name()).toList());
        assertEquals("Name", sent.selections().get(0).name());
    }

    @Test
    void timeValuesAreConvertedToEpochSeconds() {
        GoldshRun.piped(server, "User Query Time:=\"2026-11-22 03:52:00\" Name==amy\n"
                + "Allocation Modify Id==1 EndTime=infinity StartTime=\"-infinity\"\n");
        long expected = LocalDateTime.of(2026, 11, 22, 3, 52).atZone(ZoneId.systemDefault()).toEpochSecond();
        assertEquals(Long.toString(expected), server.received().get(0).option("Time"));
        assertEquals("2147483647", server.received().get(1).assignments().get(0).value());
        assertEquals("0", server.received().get(1).assignments().get(1).value());
    }

    @Test
    void everyCommandCarriesItsOwnRequestKey() {
        GoldshRun.piped(server, "User Query\nUser Query\n");
        List<Request> sent = server.received();
        assertTrue(!sent.get(0).requestKey().isEmpty());
        assertNotEquals(sent.get(0).requestKey(), sent.get(1).requestKey());
    }

    @Test
    void malformedDataIsReportedAndNothingIsSent() {
        GoldshRun run = GoldshRun.piped(server, "Job Charge Data:=\"<Job><JobId>1</JobId>\"\n");
        assertTrue(run.err.startsWith("The data is malformed ("), run.err);
        assertEquals(1, run.err.lines().count(), run.err);
        assertTrue(server.received().isEmpty());
        assertEquals(31, run.status);
    }

    @Test
    void chunkingFollowsGoldConf() {
        GoldshRun.run(server, Map.of("response.chunking", "true"), "User Query\n");
        assertTrue(server.received().get(0).chunking());
        GoldshRun.run(server, Map.of(), "User Query\n");
        assertTrue(!server.received().get(1).chunking());
    }
}
