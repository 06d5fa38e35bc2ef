package gold.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.client.ClientKeys;
import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;
import gold.protocol.config.SharedKeys;
import gold.protocol.server.ServerSecurityKeys;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The configuration reference is what the settings registries say: the key tables of
 * docs/configuration.md and the key comments of the shipped etc/gold.conf and etc/goldd.conf are
 * generated ({@link ConfigReference}); every key the main code names is defined in a registry and read
 * through it; every key of the shipped files is defined; every setting of a registry is in a table.
 */
class ConfigReferenceTest {
    /** Modules whose main code reads gold.conf / goldd.conf. */
    private static final List<String> MODULES = List.of("protocol", "goldd", "client", "shell");
    /** The registries: the only main sources that may spell a key. */
    private static final List<Class<?>> REGISTRIES = List.of(SharedKeys.class, ClientKeys.class,
            ServerSecurityKeys.class, ServerKeys.class);
    /** A string literal that is a configuration key: a known family, or {@code <object>.show/autogen/default}. */
    private static final Pattern KEY = Pattern.compile("\"((?:server|client|database|security|response|request|xml"
            + "|currency)\\.[a-z0-9.]+|super\\.user|[a-z]+\\.(?:show|autogen|default))\"");

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve(ConfigReference.DOC))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with " + ConfigReference.DOC);
    }

    @Test
    void theGeneratedPartsAreUpToDate() throws IOException {
        Path root = root();
        for (Map.Entry<String, String> f : ConfigReference.render(root).entrySet()) {
            Path file = root.resolve(f.getKey());
            if (Boolean.getBoolean("docs.write")) {
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(f.getValue(), Files.readString(file, StandardCharsets.UTF_8), f.getKey()
                    + " differs from what the settings registries give: run " + ConfigReference.COMMAND
                    + " (or this test with -Ddocs.write=true) and commit the result");
        }
    }

    @Test
    void mainCodeNamesKeysOnlyInTheRegistries() throws IOException {
        Set<String> registryFiles = new HashSet<>();
        for (Class<?> c : REGISTRIES) {
            registryFiles.add(c.getSimpleName() + ".java");
        }
        Set<String> outside = new TreeSet<>();
        Set<String> inRegistries = new TreeSet<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root().resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        (registryFiles.contains(f.getFileName().toString()) ? inRegistries : outside)
                                .add(m.group(1) + (registryFiles.contains(f.getFileName().toString()) ? "" : " in " + f.getFileName()));
                    }
                }
            }
        }
        assertTrue(inRegistries.size() >= 50, "the scan finds the registries' keys (found " + inRegistries + ")");
        assertEquals(Set.of(), outside, "configuration keys spelled outside a registry: read them through a Setting");
    }

    @Test
    void everySettingOfARegistryIsInATableOnceAndEveryTableKeyIsUnique() throws IllegalAccessException {
        List<SettingTable> tables = new ArrayList<>(ServerKeys.TABLES);
        tables.add(ClientKeys.TABLE);
        Set<Setting<?>> listed = new HashSet<>();
        for (SettingTable t : tables) {
            Set<String> keys = new HashSet<>();
            for (Setting<?> s : t.settings()) {
                assertTrue(keys.add(s.key()), s.key() + " twice in table " + t.id());
                listed.add(s);
            }
        }
        for (Class<?> c : REGISTRIES) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Setting.class) {
                    assertTrue(listed.contains(f.get(null)), c.getSimpleName() + "." + f.getName()
                            + " is in no table of the configuration reference");
                }
            }
        }
    }

    @Test
    void aShippedKeyNoRegistryDefinesIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConfigReference.confComments("# header\n\nserver.nothing = 1\n", ServerKeys.TABLES));
        assertTrue(e.getMessage().contains("server.nothing"), e.getMessage());
    }

    @Test
    void confCommentsAreRegeneratedAndKeyLinesKept() {
        String conf = "# header\n\n# stale words\nserver.workers = 4\n# server.workers = 8\n#server.timeout = 9\n";
        assertEquals("# header\n\n# worker JVMs sharing the port (SO_REUSEPORT). Default: 2.\nserver.workers = 4\n"
                + "# server.workers = 8\n\n# deadline to read a whole request, and again to write its whole reply. "
                + "Default: 30 s.\n#server.timeout = 9\n", ConfigReference.confComments(conf, ServerKeys.TABLES));
    }

    @Test
    void aWrappedCommentLineNeverStartsWithAKey() {
        String text = "a ".repeat(48) + "server.host is kept off the start of a line";
        List<String> lines = ConfigReference.wrap(text);
        assertEquals(List.of(("a ".repeat(47)).strip(), "a server.host is kept off the start of a line"), lines);
        assertEquals(text, String.join(" ", lines));
    }
}
