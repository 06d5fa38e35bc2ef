package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Response;
import org.junit.jupiter.api.Test;
import java.util.List;

/**
 * While the protocol client waits for a database primary (every server answered 730), --verbose says
 * so on stderr with the request key, once and then at most every 5 s, and says when the database is
 * back; --fail-fast reaches the transport; without either the classic output is unchanged.
 */
class FailoverNoticeTest {
    private static Harness charging() {
        Harness h = new Harness().requestKey("epilog-77");
        h.waitsBeforeReply = 3;
        h.transport.reply(Response.success("000", "Successfully charged job 1 for 10 credits", 0, List.of()));
        return h;
    }

    @Test
    void verboseSaysItIsWaitingOnceAndWhenTheDatabaseIsBack() {
        Harness h = charging().run("gcharge", "-J", "1", "-p", "chem", "-u", "amy", "-m", "m1", "-P", "1", "-t", "10",
                "--verbose");
        assertEquals(0, h.status, h.err());
        String[] lines = h.err().split("\n");
        assertEquals(2, lines.length, h.err());
        assertTrue(lines[0].startsWith("Database unavailable on every server (730 The database is unavailable);"
                + " waiting for it, retrying request key epilog-77 ("), lines[0]);
        assertTrue(lines[1].startsWith("Database available again after "), lines[1]);
    }

    @Test
    void withoutVerboseTheWaitIsSilent() {
        Harness h = charging().run("gcharge", "-J", "1", "-p", "chem", "-u", "amy", "-m", "m1", "-P", "1", "-t", "10");
        assertEquals(0, h.status);
        assertEquals("", h.err());
        assertEquals(Boolean.FALSE, h.failFast);
    }

    @Test
    void failFastReachesTheTransportInModifyingListAndReportCommands() {
        Harness modify = new Harness();
        modify.transport.failure("730", "The database is unavailable");
        modify.run("gcharge", "-J", "1", "-p", "chem", "-u", "amy", "-m", "m1", "-P", "1", "-t", "10", "--fail-fast");
        assertEquals(Boolean.TRUE, modify.failFast);
        assertEquals(73, modify.status);
        Harness list = new Harness();
        list.transport.rows();
        list.run("glsuser", "--fail-fast");
        assertEquals(Boolean.TRUE, list.failFast);
        assertEquals(0, list.status, list.err());
    }
}
