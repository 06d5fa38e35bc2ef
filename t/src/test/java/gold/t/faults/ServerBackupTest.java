package gold.t.faults;

import gold.t.Installation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * server.backup as {@code host:port} on the built tree: with the primary down (connection refused,
 * always safe to retry) the g* commands and goldsh are answered by the backup, and a re-run with the
 * same request key gets the stored reply instead of acting twice; {@code --verbose} names the backup
 * that answered, in a modifying command, a list command and goldsh.
 */
class ServerBackupTest {
    @Test
    void commandsAndGoldshFailOverToTheBackupWhenThePrimaryRefuses() throws Exception {
        try (Installation backup = Installation.create(Map.of());
             Installation clients = Installation.create(Map.of())) {
            clients.writeKey(backup.key());
            Files.writeString(clients.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = "
                    + clients.port() + "\nserver.backup = localhost:" + backup.port() + "\n");
            backup.start();

            Installation.Result made = clients.run("gmkuser", "--request-key", "fo-1", "-n", "Zed", "zed");
            assertEquals(0, made.exit(), made.toString());
            assertEquals("Successfully created 1 User\n", made.stdout());
            Installation.Result again = clients.run("gmkuser", "--request-key", "fo-1", "-n", "Zed", "zed");
            assertEquals(0, again.exit(), "the stored reply, not a duplicate-user failure: " + again);

            Installation.Result verbose = clients.run("gmkuser", "--verbose", "yan");
            assertEquals(0, verbose.exit(), verbose.toString());
            assertTrue(verbose.stderr().matches("Answered by \\S+:" + backup.port() + " at localhost:" + backup.port()
                    + " \\(backup server\\)\n"), "--verbose names the backup that answered: " + verbose);
            Installation.Result direct = backup.run("gmkuser", "--verbose", "xu");
            assertEquals("", direct.stderr(), "a reply from the primary keeps the classic output: " + direct);

            Installation.Result shell = clients.runWithInput("User Query Name==zed Show:=Name,CommonName\nquit\n", "goldsh");
            assertEquals(0, shell.exit(), shell.toString());
            assertTrue(shell.stdout().contains("Zed"), shell.toString());
            assertEquals("", shell.stderr(), "without --verbose goldsh names no server: " + shell);
            Installation.Result verboseShell = clients.runWithInput("User Query Name==zed Show:=Name\nquit\n",
                    "goldsh", "--verbose");
            assertEquals(0, verboseShell.exit(), verboseShell.toString());
            assertTrue(verboseShell.stderr().matches("Answered by \\S+ at localhost:" + backup.port()
                    + " \\(backup server\\)\n"), "goldsh --verbose names the backup: " + verboseShell);
            Installation.Result listVerbose = clients.run("glsuser", "--verbose", "--raw", "--quiet", "zed");
            assertEquals(0, listVerbose.exit(), listVerbose.toString());
            assertTrue(listVerbose.stderr().matches("Answered by \\S+ at localhost:" + backup.port()
                    + " \\(backup server\\)\n"), "a list command's --verbose names the backup: " + listVerbose);
            assertEquals(1, listVerbose.stdout().lines().count(), listVerbose.toString());
            Installation.Result listed = backup.run("glsuser", "--raw", "--quiet", "zed");
            assertEquals(1, listed.stdout().lines().count(), "created once: " + listed);
        }
    }
}
