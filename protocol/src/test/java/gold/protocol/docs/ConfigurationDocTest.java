package gold.protocol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/docs/configuration.md names every configuration key: each key the main code of the modules reads
 * from gold.conf or goldd.conf, and each key the shipped etc/gold.conf and etc/goldd.conf mention.
 */
class ConfigurationDocTest {
    /** Modules whose main code reads gold.conf / goldd.conf. */
    private static final List<String> MODULES = List.of("protocol", "goldd", "client", "shell");

    /** A string literal that is a configuration key: a known family, or {@code <object>.show/autogen/default}. */
    private static final Pattern KEY = Pattern.compile("\"((?:server|client|database|security|response|request|xml"
            + "|currency)\\.[a-z0-9.]+|super\\.user|[a-z]+\\.(?:show|autogen|default))\"");

    /** A key line of a shipped file, commented out or not. */
    private static final Pattern CONF_LINE = Pattern.compile("(?m)^#?\\s*([a-z]+(?:\\.[a-z0-9]+)+)\\s*=");

    static Set<String> keysReadInCode(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        Matcher m = KEY.matcher(RepositoryDocs.read(f));
                        while (m.find()) {
                            keys.add(m.group(1));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return keys;
    }

    static Set<String> keysOfShippedFiles(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String file : List.of("etc/gold.conf", "etc/goldd.conf")) {
            Matcher m = CONF_LINE.matcher(RepositoryDocs.read(root.resolve(file)));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    static Set<String> undocumented(Set<String> keys, String doc) {
        Set<String> missing = new TreeSet<>();
        for (String k : keys) {
            if (!doc.contains("`" + k + "`")) {
                missing.add(k);
            }
        }
        return missing;
    }

    @Test
    void everyKeyReadByTheCodeIsDocumented() throws IOException {
        Path root = RepositoryDocs.root();
        Set<String> keys = keysReadInCode(root);
        assertTrue(keys.size() >= 50, "the scan finds the keys (found " + keys + ")");
        assertEquals(Set.of(), undocumented(keys, RepositoryDocs.read(root.resolve("docs/configuration.md"))),
                "keys read in code but missing from docs/configuration.md");
    }

    @Test
    void everyKeyOfTheShippedFilesIsDocumented() throws IOException {
        Path root = RepositoryDocs.root();
        Set<String> keys = keysOfShippedFiles(root);
        assertTrue(keys.contains("security.mode") && keys.contains("super.user"), "the shipped files are read");
        assertEquals(Set.of(), undocumented(keys, RepositoryDocs.read(root.resolve("docs/configuration.md"))),
                "keys of etc/gold.conf or etc/goldd.conf missing from docs/configuration.md");
    }

    @Test
    void aMissingKeyIsReported() {
        assertEquals(Set.of("server.nothing"), undocumented(Set.of("server.port", "server.nothing"), "| `server.port` |"));
    }
}
