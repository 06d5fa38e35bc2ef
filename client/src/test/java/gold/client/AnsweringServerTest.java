package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Response;
import gold.protocol.client.ServerAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@code --verbose} and {@code --debug} say about the server that gave the last reply. */
class AnsweringServerTest {
    private static final Response FROM_B = Response.success("000", "", 0, List.of()).withServer("gold-b");

    @Test
    void nothingIsDescribedBeforeAReply() {
        AnsweringServer a = new AnsweringServer();
        assertEquals("", a.describe());
        assertFalse(a.fromBackup());
    }

    @Test
    void aBackupIsNamedWithItsIdentityAndAddress() {
        AnsweringServer a = new AnsweringServer();
        a.record(new ServerAddress("hostb", 7112), true, FROM_B);
        assertEquals("Answered by gold-b at hostb:7112 (backup server)", a.describe());
        assertTrue(a.fromBackup());
    }

    @Test
    void thePrimaryIsNotCalledABackupAndAClassicServerHasNoIdentity() {
        AnsweringServer a = new AnsweringServer();
        a.record(new ServerAddress("hosta", 7112), false, Response.success("ok"));
        assertEquals("Answered by hosta:7112", a.describe());
        assertFalse(a.fromBackup());
    }

    @Test
    void clearForgetsTheLastAnswer() {
        AnsweringServer a = new AnsweringServer();
        a.record(new ServerAddress("hostb", 7112), true, FROM_B);
        a.clear();
        assertEquals("", a.describe());
        assertFalse(a.fromBackup());
    }
}
