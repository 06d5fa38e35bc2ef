package gold.t;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launchers use the start-up caches made at build time: on JDK 24+ the ahead-of-time caches
 * lib/client.aot and lib/goldsh.aot (-XX:AOTCache), on JDK 21-23 the class-data-sharing archives
 * lib/client.jsa and lib/goldsh.jsa. -Xlog:class+load shows the client's own classes coming from the shared archive, also in a copy of
 * the tree at another path, for --version and for a real listing request answered by goldd (the
 * build's training run gets its replies from gold.server.net.TrainingResponder, so reading and rendering
 * a reply are in the archive too).
 */
class StartupCacheTest {
    @Test
    void clientsLoadTheirClassesFromTheBuildTimeArchive() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            String kind = Runtime.version().feature() >= 24 ? ".aot" : ".jsa";
            for (String cache : List.of("client", "goldsh")) {
                assertTrue(Files.size(gold.home().resolve("lib/" + cache + kind)) > 0, "lib/" + cache + kind + " made at build time");
            }
            String launcher = Files.readString(gold.home().resolve("bin/gbalance"));
            assertTrue(launcher.contains(kind.equals(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile="), launcher);
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

    @Test
    void aListingRequestAnsweredByTheServerRunsFromTheArchive() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            // the security mode of the shipped gold.conf, which the build's training run used
            Files.writeString(gold.home().resolve("etc/gold.conf"), "security.mode = gs2\n", StandardOpenOption.APPEND);
            gold.start();
            Path log = Files.createTempFile(gold.home(), "classes", ".log");
            log.toFile().setWritable(true, false);
            gold.environment("GOLD_JAVA_OPTS", "-Xlog:class+load:file=" + log);
            Installation.Result r = gold.run("glsuser", "--show", "Name,Active");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().startsWith("Name") && r.stdout().contains("\n" + Installation.admin() + " "),
                    "the server answered: " + r);
            assertEquals("", r.stderr(), "nothing extra on stderr");
            List<String> lines = Files.readAllLines(log);
            long shared = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
            // classes of ours read from the jars (hidden classes such as lambda forms are generated, not read)
            List<String> notShared = lines.stream().filter(l -> l.contains(" gold.") && l.contains("source: file:")).toList();
            System.out.printf("glsuser request: %d of %d classes from the archive; gold classes outside it: %s%n",
                    shared, lines.size(), notShared);
            for (String cls : List.of("gold.client.Main ", "gold.client.commands.Glsuser ", "gold.protocol.client.GoldClient ",
                    "gold.client.ResponseRenderer ", "gold.client.Table ")) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(cls) && l.contains("shared objects file")),
                        cls + "comes from the archive");
            }
            assertEquals(List.of(), notShared, "every class of ours on the request path comes from the archive");
            assertTrue(shared > 0.9 * lines.size(), shared + " of " + lines.size() + " classes shared");
        }
    }
}
