package gold.t;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The installed bin/goldsh on a real terminal (a tmux pane) against a real goldd:
 * the prompt, tab completion of an attribute name from the server's metadata, recall of the last
 * command with the up arrow, quit; then a second session recalls that command from the history file
 * LOG_DIR/.gold_history.&lt;login name&gt;.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class GoldshTerminalTest {
    private static final String COMMAND = "User Query Name==amy Show:=Name";

    @Test
    void promptCompletionHistoryAndQuitOnARealTerminal() throws Exception {
        try (Installation gold = Installation.create(Map.of()); Tmux tmux = new Tmux()) {
            gold.start();
            Installation.Result amy = gold.run("goldsh", "User Create Name=amy");
            assertEquals(0, amy.exit(), amy.toString());

            tmux.start("first", gold.adminCommand("goldsh"));
            tmux.await("first", "the prompt", s -> s.equals("gold>"));
            tmux.type("first", "User Query Na");
            tmux.press("first", "Tab");
            tmux.await("first", "Name completed from the metadata", s -> s.equals("gold> User Query Name"));
            tmux.type("first", "==amy Show:=Name");
            tmux.press("first", "Enter");
            tmux.await("first", "the reply", s -> s.equals("gold> " + COMMAND + "\nName\n----\namy\ngold>"));
            tmux.press("first", "Up");
            tmux.await("first", "the recalled command", s -> s.endsWith("\ngold> " + COMMAND));
            tmux.press("first", "Enter");
            tmux.await("first", "the second reply", s -> s.endsWith("amy\ngold> " + COMMAND + "\nName\n----\namy\ngold>"));
            tmux.type("first", "quit");
            tmux.press("first", "Enter");
            tmux.await("first", "goldsh to end with status 0", s -> s.endsWith("\ngold> quit\n[exit 0]"));

            Path history = gold.home().resolve("log").resolve(".gold_history." + Installation.admin());
            List<String> saved = Files.readAllLines(history);
            assertEquals(List.of(COMMAND, COMMAND), saved);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
            assertEquals(Installation.admin(), Files.getOwner(history).getName());

            tmux.start("second", gold.adminCommand("goldsh"));
            tmux.await("second", "the prompt of the second session", s -> s.equals("gold>"));
            tmux.press("second", "Up");
            tmux.await("second", "the command recalled from the history file", s -> s.equals("gold> " + COMMAND));
            tmux.press("second", "Enter");
            tmux.await("second", "its reply", s -> s.endsWith("\namy\ngold>"));
            tmux.press("second", "C-d");
            String end = tmux.await("second", "goldsh to end at end of input", s -> s.endsWith("[exit 0]"));
            assertFalse(end.contains("Error"), end);
            assertEquals(List.of(COMMAND, COMMAND, COMMAND), Files.readAllLines(history));
        }
    }
}
