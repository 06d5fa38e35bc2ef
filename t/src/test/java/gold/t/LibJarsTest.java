package gold.t;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lib/ of the install tree holds no jar that nothing loads, and each launcher's class path holds only jars its
 * program can load. Static check: a jar is needed by a program when its first jar (the program's module)
 * reaches it through class references (jdeps -R), or when it provides a service (META-INF/services) whose
 * interface is in a reached jar or in a JDK module a reached jar uses (the JDBC drivers, the SLF4J binding).
 */
class LibJarsTest {
    private static final Path TREE = Path.of(System.getProperty("gold.tree", "../target/gold")).toAbsolutePath().normalize();
    private static final Pattern JAR = Pattern.compile("\\$root/(lib/[^:\"]+\\.jar)");
    private static final Pattern EDGE = Pattern.compile("^(\\S+\\.jar) -> (\\S+)$");

    @Test
    void everyJarOfLibIsOnALauncherAndEveryLauncherJarIsReachable() throws Exception {
        Map<String, List<String>> classPaths = launcherClassPaths();
        assertTrue(classPaths.size() > 40, "launchers found: " + classPaths.keySet());
        Set<String> onSomePath = new TreeSet<>();
        classPaths.values().forEach(cp -> cp.forEach(j -> onSomePath.add(Path.of(j).getFileName().toString())));
        Set<String> inLib = new TreeSet<>();
        try (Stream<Path> files = Files.list(TREE.resolve("lib"))) {
            files.forEach(f -> inLib.add(f.getFileName().toString()));
        }
        Set<String> jars = new TreeSet<>(inLib.stream().filter(n -> n.endsWith(".jar")).toList());
        assertEquals(jars, onSomePath, "jars of lib/ against the jars the launchers put on their class paths");
        List<String> other = inLib.stream().filter(n -> !n.endsWith(".jar") && !n.endsWith(".aot") && !n.endsWith(".jsa")).toList();
        assertEquals(List.of(), other, "lib/ holds jars and start-up caches only");

        Map<List<String>, Set<String>> unreached = new LinkedHashMap<>();
        for (List<String> cp : new LinkedHashSet<>(classPaths.values())) {
            Set<String> reached = reachable(cp);
            Set<String> extra = new TreeSet<>();
            for (String jar : cp) {
                if (!reached.contains(Path.of(jar).getFileName().toString())) {
                    extra.add(jar);
                }
            }
            System.out.printf("%s: reaches %s%n", cp.get(0), reached);
            if (!extra.isEmpty()) {
                unreached.put(cp, extra);
            }
        }
        assertEquals(Map.of(), unreached, "jars on a launcher's class path that its program never loads");
    }

    /** Launcher name -> its class path (tree-relative jar paths, in order). */
    static Map<String, List<String>> launcherClassPaths() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String dir : List.of("bin", "sbin")) {
            try (Stream<Path> files = Files.list(TREE.resolve(dir))) {
                for (Path f : files.sorted().toList()) {
                    Matcher m = JAR.matcher(Files.readString(f));
                    List<String> cp = new ArrayList<>();
                    while (m.find()) {
                        if (!cp.contains(m.group(1))) {
                            cp.add(m.group(1));
                        }
                    }
                    assertFalse(cp.isEmpty(), f + " names its jars");
                    out.put(dir + "/" + f.getFileName(), cp);
                }
            }
        }
        return out;
    }

    /** File names of the jars of cp that its first jar needs, by class references and by services. */
    static Set<String> reachable(List<String> cp) throws IOException {
        List<String> paths = cp.stream().map(j -> TREE.resolve(j).toString()).toList();
        Map<String, Set<String>> edges = jdeps(paths);
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(Path.of(cp.get(0)).getFileName().toString()));
        boolean grew = true;
        while (grew) {
            while (!todo.isEmpty()) {
                String jar = todo.pop();
                if (reached.add(jar)) {
                    todo.addAll(edges.getOrDefault(jar, Set.of()));
                }
            }
            grew = false;
            for (String path : paths) {
                String name = Path.of(path).getFileName().toString();
                if (!reached.contains(name) && providesUsedService(Path.of(path), reached, paths, edges)) {
                    todo.add(name);
                    grew = true;
                }
            }
        }
        reached.removeIf(j -> !j.endsWith(".jar"));
        return reached;
    }

    /** jar -> the jars and JDK modules it references (jdeps -summary -R over the whole class path). */
    static Map<String, Set<String>> jdeps(List<String> paths) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-summary", "-R", "--multi-release",
                Integer.toString(Runtime.version().feature()), "-cp", String.join(":", paths), paths.get(0));
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> edges = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line.strip());
            if (m.matches()) {
                edges.computeIfAbsent(fileName(m.group(1)), k -> new HashSet<>()).add(fileName(m.group(2)));
            }
        }
        return edges;
    }

    /** The jar declares a provider of a service defined in a reached jar, or in a JDK module a reached jar uses. */
    static boolean providesUsedService(Path jar, Set<String> reached, List<String> paths, Map<String, Set<String>> edges)
            throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String service : zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/"))
                    .map(n -> n.substring("META-INF/services/".length())).toList()) {
                String module = jdkModule(service);
                if (module != null) {
                    if (reached.stream().anyMatch(r -> edges.getOrDefault(r, Set.of()).contains(module))) {
                        return true;
                    }
                    continue;
                }
                String entry = service.replace('.', '/') + ".class";
                for (String path : paths) {
                    if (reached.contains(Path.of(path).getFileName().toString()) && !path.equals(jar.toString())) {
                        try (ZipFile other = new ZipFile(path)) {
                            if (other.getEntry(entry) != null) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** jdeps names a jar by its path or its file name: the file name; a JDK module as it is. */
    private static String fileName(String jarOrModule) {
        return jarOrModule.endsWith(".jar") ? Path.of(jarOrModule).getFileName().toString() : jarOrModule;
    }

    private static String jdkModule(String className) {
        try {
            return Class.forName(className, false, ClassLoader.getPlatformClassLoader()).getModule().getName();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
