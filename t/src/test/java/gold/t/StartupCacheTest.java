package gold.t;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launchers use the class-data-sharing archives made at build time (lib/client.jsa, lib/goldsh.jsa):
 * -Xlog:class+load shows the client's own classes coming from the shared archive, also in a copy of
 * the tree at another path.
 */
class StartupCacheTest {
    @Test
    void clientsLoadTheirClassesFromTheBuildTimeArchive() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            for (List<String> command : List.of(List.of("glsuser", "--version"), List.of("goldsh", "--version"))) {
                Path log = Files.createTempFile(gold.home(), "classes", ".log");
                log.toFile().setWritable(true, false);
                gold.environment("GOLD_JAVA_OPTS", "-Xlog:class+load:file=" + log);
                Installation.Result r = gold.run(command.get(0), command.subList(1, command.size()).toArray(String[]::new));
                assertEquals(0, r.exit(), r.toString());
                assertEquals("", r.stderr(), "nothing extra on stderr");
                List<String> lines = Files.readAllLines(log);
                long shared = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
                String main = command.get(0).equals("goldsh") ? "gold.shell.Goldsh " : "gold.client.Main ";
                assertTrue(lines.stream().anyMatch(l -> l.contains(main) && l.contains("shared objects file")),
                        main + "comes from the archive");
                assertTrue(shared > 0.9 * lines.size(), shared + " of " + lines.size() + " classes shared");
                System.out.printf("%s: %d of %d classes from the archive%n", command.get(0), shared, lines.size());
            }
        }
    }
}
