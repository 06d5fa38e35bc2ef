package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.client.commands.Gmkuser;

import org.junit.jupiter.api.Test;

class HelpTextTest {
    @Test
    void usageFillsTheSynopsisGreedilyTo76Columns() {
        String text = HelpText.usage(new Gmkuser().synopsis());
        assertEquals("""
                Usage:
                    gmkuser [-A|-I] [-n <common name>] [-F <phone number>] [-E <email
                    address>] [-p <default project>] [-o <organization name>] [-d
                    <description>] [-X | --extension <property>=<value>]* [--debug] [-?,
                    --help] [--man] [--quiet] [-v, --verbose] [-V, --version] {[-u] <user
                    name>}

                """, text);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 76, line);
        }
    }

    @Test
    void shortLabelsShareTheLineLongLabelsStandAlone() {
        assertEquals("    -A  displays only active users\n\n", HelpText.item("-A", "displays only active users"));
        assertEquals("    --show <x>\n        the columns\n\n", HelpText.item("--show <x>", "the columns"));
    }

    @Test
    void longWordsAreCutAtTheWidth() {
        String word = "x".repeat(80);
        assertEquals("    " + "x".repeat(72) + "\n    " + "x".repeat(8) + "\n\n", HelpText.paragraph(word, 4));
    }

    @Test
    void helpListsUsageThenOptions() {
        String help = HelpText.help("gx [-A]", new OptionSet().flag("A", "-A", "all").commonModify());
        assertTrue(help.startsWith("Usage:\n    gx [-A]\n\nOptions:\n    -A  all\n\n    --debug\n"), help);
    }
}
