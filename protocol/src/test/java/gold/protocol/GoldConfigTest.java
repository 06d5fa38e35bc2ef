package gold.protocol;

import gold.protocol.config.Setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsClassicPropertiesSyntax() throws IOException {
        Path f = dir.resolve("gold.conf");
        Files.writeString(f, "# comment\n! also comment\nserver.host = gold.example.org  \nserver.port:7113\n"
                + "security.encryption TRUE\nresponse.chunking = NotTrueAtAll\nsecurity.authentication = false\n"
                + "account.show = Id,\\\n   Name\nlog4perl.logger = TRACE, Log\n", StandardCharsets.UTF_8);
        GoldConfig c = GoldConfig.load(f);
        assertEquals("gold.example.org", c.get("server.host", "x"));
        assertEquals(7113, c.get(Setting.integer("server.port", 0, 0, 65535, "")));
        assertTrue(c.get(Setting.flag("security.encryption", false, "")));
        assertTrue(c.get(Setting.flag("response.chunking", false, "")), "/true/i is unanchored");
        assertFalse(c.get(Setting.flag("security.authentication", true, "")));
        assertTrue(c.get(Setting.flag("absent", true, "")));
        assertEquals("Id,Name", c.get("account.show", ""));
        assertEquals("dflt", c.get("nope", "dflt"));
        assertEquals(5, c.get(Setting.integer("server.host", 5, 0, 65535, "")), "not an integer: the default");
    }

    @Test
    void missingFileIsAnIOException() {
        assertThrows(NoSuchFileException.class, () -> GoldConfig.load(dir.resolve("none.conf")));
    }

    @Test
    void authKeyIsTheFirstLineWithoutLfAndCr() throws IOException {
        Path k = dir.resolve("auth_key");
        Files.writeString(k, "sss\r\nsecond\n");
        assertEquals("sss", AuthKey.read(k));
        Files.writeString(k, "a key with spaces ");
        assertEquals("a key with spaces ", AuthKey.read(k));
    }

    @Test
    void goldHomeOrderIsEnvThenSiteFileThenPropertyThenCwd() throws IOException {
        Path site = dir.resolve("gold.cfg");
        Files.writeString(site, "  # comment\nOTHER=1\nGOLD_HOME = /opt/gold # trailing\n");
        assertEquals(Path.of("/env"), GoldHome.resolve(Map.of("GOLD_HOME", "/env"), site, "/prop"));
        assertEquals(Path.of("/opt/gold"), GoldHome.resolve(Map.of("GOLD_HOME", ""), site, "/prop"));
        assertEquals(Path.of("/prop"), GoldHome.resolve(Map.of(), dir.resolve("none"), "/prop"));
        assertEquals(Path.of("").toAbsolutePath(), GoldHome.resolve(Map.of(), dir.resolve("none"), ""));
    }
}
