package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {
    @Test
    void commandListFileNamesEveryRegisteredCommandInOrder() throws IOException {
        try (InputStream in = Commands.class.getResourceAsStream("/gold/client/commands.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(Commands.NAMES, List.of(text.split("\n")));
        }
        assertEquals(39, Commands.NAMES.size());
    }

    @Test
    void everyCommandHasItsNameSynopsisAndHelp() {
        for (String name : Commands.NAMES) {
            GoldCommand c = Commands.create(name).orElseThrow();
            assertEquals(name, c.name());
            assertTrue(c.synopsis().startsWith(name + " "), name);
            Harness h = new Harness().run(name, "--help");
            assertEquals(0, h.status, name);
            assertTrue(h.out().startsWith("Usage:\n    " + name + " "), name);
            for (String line : h.out().split("\n")) {
                assertTrue(line.length() <= 76, name + ": " + line);
            }
            Harness man = new Harness().run(name, "--man");
            assertTrue(man.out().startsWith("NAME\n    " + name + " - "), name);
        }
    }

    @Test
    void versionPrintsOurVersionExceptForMybalance() {
        assertEquals("Gold version 3.0.0\n", new Harness().run("gcharge", "-V").out());
        Harness h = new Harness().run("mybalance", "--version");
        assertEquals(2, h.status);
        assertTrue(h.err().startsWith("Unknown option: version\n"), h.err());
    }

    @Test
    void unknownCommandIsNotCreated() {
        assertTrue(Commands.create("gfoo").isEmpty());
    }
}
