package gold.client;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Response;
import gold.protocol.client.ServerAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code --verbose} names a backup server that answered, on stderr, in every kind of command: the
 * modifying ones (classic {@code -v}), the list commands and the reports (our exact-only
 * {@code --verbose}, which leaves {@code -v} meaning {@code --version} as classic).
 */
class VerboseAnswerTest {
    private static final ServerAddress BACKUP = new ServerAddress("hostb", 7112);
    private static final String NAMED = "Answered by gold-b at hostb:7112 (backup server)\n";

    private static Response users() {
        return Response.success("000", "", 1, List.of(row("User", "Name", "amy"))).withServer("gold-b");
    }

    /** Runs the command line with one reply from the backup gold-b; checks exit 0 and that stderr names it. */
    private static Harness fromBackup(Response reply, String command, String... words) {
        Harness h = new Harness().answeredBy(BACKUP, true);
        h.transport.reply(reply.withServer("gold-b"));
        h.run(command, words);
        assertEquals(0, h.status);
        assertEquals(NAMED, h.err());
        return h;
    }

    @Test
    void aListCommandNamesTheBackupAndPrintsTheSameTable() {
        Harness plain = new Harness().answeredBy(BACKUP, true);
        plain.transport.reply(users());
        plain.run("glsuser", "--show", "Name");
        Harness verbose = fromBackup(users(), "glsuser", "--show", "Name", "--verbose");
        assertEquals(plain.out(), verbose.out());
        assertEquals("", plain.err());
    }

    @Test
    void aReplyFromThePrimaryKeepsTheClassicOutput() {
        Harness h = new Harness().answeredBy(new ServerAddress("hosta", 7112), false);
        h.transport.reply(users());
        h.run("glsuser", "--show", "Name", "--verbose");
        assertEquals("", h.err());
        assertEquals("Name \n---- \namy  \n", h.out());
    }

    @Test
    void aListCommandsDashVStillMeansVersion() {
        Harness h = new Harness().run("glsuser", "-v");
        assertEquals("Gold version 3.0.0\n", h.out());
        assertEquals(0, h.status);
        assertEquals(2, new Harness().run("glsuser", "--verb").status, "--verbose is matched by its exact name only");
    }

    @Test
    void gbalanceNamesTheBackup() {
        fromBackup(Response.success("000", "The account balance is 5 credits", 1, List.of(row("Balance", "Balance", "5"))),
                "gbalance", "--total", "--verbose");
    }

    @Test
    void aReportNamesTheBackupOnceForAllItsRequests() {
        Harness h = fromBackup(Response.success("000", "", 1, List.of(row("Transaction", "User", "amy", "Amount", "19744"))),
                "gusage", "chemistry", "--verbose");
        assertTrue(h.out().contains("Usage Summary for project chemistry"), h.out());
    }

    @Test
    void aModifyingCommandsDashVShowsTheObjectsAndNamesTheBackup() {
        Harness h = fromBackup(Response.success("000", "Successfully created 1 user", 1, List.of(row("User", "Name", "zed"))),
                "gmkuser", "-v", "zed");
        assertEquals("Name \n---- \nzed  \nSuccessfully created 1 user\n", h.out());
    }
}
