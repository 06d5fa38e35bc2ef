package gold.t;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The .rpm built from the tree, read with rpm -qlp, -qcp and -qp --scripts: every program on PATH, the
 * rest under /usr/share/gold with its own runtime, configuration files marked as such in /etc/gold, data
 * and log directories, unit, init script and completion in their places and nothing elsewhere; the
 * scripts create the user gold and a fresh key, start nothing but a server an upgrade stopped, and stop a
 * running server on erase. Enabled like the other package tests (see {@link Packages}).
 */
class RpmLayoutTest {
    private static final List<String> ALLOWED = List.of("/usr/bin/", "/usr/sbin/", "/usr/share/gold", "/etc/gold",
            "/etc/rc.d/init.d/gold", "/etc/rc.d/init.d/goldweb", "/usr/lib/systemd/system/goldd.service",
            "/usr/lib/systemd/system/goldweb.service", "/var/lib/gold", "/var/log/gold",
            "/usr/share/bash-completion/completions/", "/usr/share/zsh/site-functions/_gold", "/usr/share/doc/gold");

    @Test
    void filesConfigurationAndScripts() throws Exception {
        Packages.assumeEnabled();
        Path out = Files.createTempDirectory("gold-t-rpm");
        try {
            Path rpm = Packages.build(out, 1, "rpm");
            assertEquals("gold-" + Packages.VERSION + "-1.x86_64.rpm", rpm.getFileName().toString());
            Set<String> files = new TreeSet<>(query(rpm, "-qlp").lines().toList());

            List<String> programs = new ArrayList<>(Files.readAllLines(Packages.SOURCE.resolve("client/src/main/resources/gold/client/commands.txt"))
                    .stream().filter(l -> !l.isBlank()).map(l -> "/usr/bin/" + l.strip()).toList());
            programs.addAll(List.of("/usr/bin/goldsh", "/usr/sbin/goldd", "/usr/sbin/gold_init"));
            for (String p : programs) {
                assertTrue(files.contains(p), p + " on PATH");
                String name = p.substring(p.lastIndexOf('/') + 1);
                assertTrue(files.contains("/usr/share/gold/" + (p.startsWith("/usr/sbin") ? "sbin/" : "bin/") + name), name + " in the tree");
                assertTrue(files.contains("/usr/share/bash-completion/completions/" + name), name + " completion");
            }
            String cache = Runtime.version().feature() >= 24 ? "aot" : "jsa";
            for (String f : List.of("/usr/share/gold/runtime/bin/java", "/usr/share/gold/lib/client." + cache,
                    "/usr/share/gold/lib/goldsh." + cache, "/usr/share/gold/etc", "/usr/share/gold/data", "/usr/share/gold/log",
                    "/usr/share/gold/sql/bank.sql", "/usr/share/gold/completion/gold.bash", "/etc/gold", "/etc/gold/gold.conf",
                    "/etc/gold/goldd.conf", "/etc/gold/goldweb.conf", "/etc/gold/slurm/gold-slurm.conf", "/etc/rc.d/init.d/gold",
                    "/etc/rc.d/init.d/goldweb", "/usr/lib/systemd/system/goldd.service", "/usr/lib/systemd/system/goldweb.service", "/var/lib/gold",
                    "/var/log/gold", "/usr/share/zsh/site-functions/_gold")) {
                assertTrue(files.contains(f), f + " in the package");
            }
            assertFalse(files.contains("/etc/gold/auth_key"), "the key is made on install, never shipped");
            // exactly the jars of the built tree, each of which LibJarsTest proves some program loads
            Set<String> treeJars;
            try (Stream<Path> jars = Files.list(Packages.TREE.resolve("lib"))) {
                treeJars = jars.map(j -> j.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                        .map(n -> "/usr/share/gold/lib/" + n).collect(Collectors.toCollection(TreeSet::new));
            }
            assertEquals(treeJars, files.stream().filter(f -> f.startsWith("/usr/share/gold/lib/") && f.endsWith(".jar"))
                    .collect(Collectors.toCollection(TreeSet::new)), "the tree's jars and no others");
            List<String> elsewhere = files.stream().filter(f -> ALLOWED.stream().noneMatch(f::startsWith)).toList();
            assertEquals(List.of(), elsewhere, "files outside the package's places");

            assertEquals(shippedConfiguration(), new TreeSet<>(query(rpm, "-qcp").lines().toList()),
                    "configuration files (kept on upgrade): the tree's etc/ but init scripts, units and key, and the init scripts");
            String links = query(rpm, "-qlvp");
            assertTrue(links.lines().anyMatch(l -> l.endsWith("/usr/share/gold/etc -> /etc/gold")), "etc/ links to /etc/gold");
            assertTrue(links.lines().anyMatch(l -> l.contains(" gold ") && l.endsWith("/var/lib/gold")), "data owned by gold");

            String scripts = query(rpm, "-qp", "--scripts");
            System.out.println(scripts);
            assertTrue(scripts.contains("preinstall scriptlet") && scripts.contains("useradd --system"), "the user gold is created");
            assertTrue(scripts.contains("postinstall scriptlet") && scripts.contains("/etc/gold/auth_key")
                    && scripts.contains("chmod 0640"), "a fresh key on first install");
            assertTrue(scripts.contains("preuninstall scriptlet") && scripts.contains("goldd --stop"), "erase stops the server");
            assertFalse(scripts.contains("systemctl enable") || scripts.contains("systemctl start") || scripts.contains("chkconfig --add"),
                    "nothing is enabled or started by default");
            assertTrue(query(rpm, "-qp", "--qf", "%{VERSION}-%{RELEASE} %{ARCH}").equals(Packages.VERSION + "-1 x86_64"));
        } finally {
            Packages.run("rm", "-rf", out.toString());
        }
    }

    /** Every file of the built tree's etc/ as /etc/gold/..., but what goes elsewhere; the init scripts in /etc/rc.d/init.d. */
    private static Set<String> shippedConfiguration() throws Exception {
        Path etc = Packages.TREE.resolve("etc");
        Set<String> expected = new TreeSet<>(Set.of("/etc/rc.d/init.d/gold", "/etc/rc.d/init.d/goldweb"));
        try (Stream<Path> all = Files.walk(etc)) {
            all.filter(Files::isRegularFile).map(f -> etc.relativize(f).toString())
                    .filter(f -> !f.equals("auth_key") && !(f.indexOf('/') < 0 && (f.endsWith(".d") || f.endsWith(".service"))))
                    .forEach(f -> expected.add("/etc/gold/" + f));
        }
        return expected;
    }

    private static String query(Path rpm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("rpm"));
        cmd.addAll(List.of(args));
        cmd.add(rpm.toString());
        Packages.Result r = Packages.run(cmd.toArray(String[]::new));
        assertEquals(0, r.exit(), "rpm " + String.join(" ", args) + ": " + r);
        return r.stdout();
    }
}
