package gold.t;

import gold.testkit.Host;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The .deb on this machine, as an operator uses it: apt-get install, gold_init, goldd started through the
 * init script, gmkuser/glsuser as the user gold, an upgrade to a rebuilt package (release bumped) that keeps
 * the data, the edited configuration and the key and restarts the running server, removal (configuration
 * and data stay) and purge (configuration and logs go, the accounting data stays). Runs as root when
 * enabled (see {@link Packages}); whatever happens, the package is purged and what it created removed.
 */
class DebPackageTest {
    private static final Path ETC = Path.of("/etc/gold");
    private static final Path DATA = Path.of("/var/lib/gold");
    private static final Path LOGS = Path.of("/var/log/gold");
    private static final String APT_LOCK = "DPkg::Lock::Timeout=600";

    @Test
    void installInitStartUpgradeRemovePurge() throws Exception {
        Packages.assumeEnabled();
        assertEquals("root", System.getProperty("user.name"), "the package test installs into / and runs as root");
        assertFalse(installed(), "a gold package is installed already: this test would replace it");
        assertFalse(Files.exists(Path.of("/usr/share/gold")), "/usr/share/gold exists already");
        boolean dataExisted = Files.exists(DATA);
        Path out = Files.createTempDirectory("gold-t-deb");
        int port = Host.freePort();
        try {
            Path first = Packages.build(out, 1, "deb");
            assertEquals("gold_" + Packages.VERSION + "-1_amd64.deb", first.getFileName().toString());
            apt(out, "install", "./" + first.getFileName());
            assertEquals(Packages.VERSION + "-1", version());

            // laid out as a Linux package: links on PATH, configuration, key, unit and init script, nothing started
            assertEquals(Path.of("../share/gold/bin/gbalance"), Files.readSymbolicLink(Path.of("/usr/bin/gbalance")));
            assertTrue(Files.isExecutable(Path.of("/usr/sbin/goldd")) && Files.isExecutable(Path.of("/usr/sbin/gold_init")));
            assertEquals(ETC, Files.readSymbolicLink(Path.of("/usr/share/gold/etc")));
            assertTrue(Files.isExecutable(Path.of("/usr/share/gold/runtime/bin/java")), "the package's own runtime");
            assertTrue(Files.exists(Path.of("/lib/systemd/system/goldd.service")) && Files.isExecutable(Path.of("/etc/init.d/gold")));
            assertTrue(Files.exists(Path.of("/usr/share/bash-completion/completions/gbalance")));
            Path key = ETC.resolve("auth_key");
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            assertEquals("gold", Files.getOwner(key).getName());
            assertTrue(Files.readString(key).strip().length() >= 40, "a random key");
            assertEquals("gold", Files.getOwner(DATA).getName());
            assertEquals(3, Packages.run("/usr/sbin/goldd", "--status").exit(), "installed, not started");
            String conffiles = Files.readString(Path.of("/var/lib/dpkg/info/gold.conffiles"));
            for (String f : List.of("/etc/gold/gold.conf", "/etc/gold/goldd.conf", "/etc/gold/goldweb.conf",
                    "/etc/gold/slurm/gold-slurm.conf", "/etc/init.d/gold", "/etc/init.d/goldweb")) {
                assertTrue(conffiles.contains(f + "\n") && Files.exists(Path.of(f)), f + " installed as a configuration file");
            }
            assertTrue(Files.exists(Path.of("/lib/systemd/system/goldweb.service")), "goldweb's unit");
            assertEquals(3, Packages.run("/usr/sbin/goldweb", "--status").exit(), "goldweb installed, not started");

            // set up, on a free port, and run
            Packages.Result init = Packages.run("/usr/sbin/gold_init", "--admin=gold", "--non-interactive");
            assertEquals(0, init.exit(), "gold_init: " + init);
            setPort(port);
            assertEquals(0, Packages.run("/etc/init.d/gold", "start").exit());
            assertEquals(0, Packages.run("/usr/sbin/goldd", "--status").exit());
            Packages.Result made = Packages.asGold("gmkuser", "-n", "Wilkes, Amy", "-E", "amy@western.edu", "amy");
            assertEquals(0, made.exit(), "gmkuser: " + made);
            assertTrue(listUsers().contains("amy"));
            assertEquals(0, Packages.run("/etc/init.d/gold", "stop").exit());
            String keyBefore = Files.readString(key);
            String confBefore = Files.readString(ETC.resolve("gold.conf"));

            // upgrade to a rebuilt package while the server runs: restarted, data, configuration and key kept
            Path second = Packages.build(out, 2, "deb");
            assertEquals(0, Packages.run("/etc/init.d/gold", "start").exit());
            apt(out, "install", "./" + second.getFileName());
            assertEquals(Packages.VERSION + "-2", version());
            assertEquals(0, Packages.run("/usr/sbin/goldd", "--status").exit(), "the server runs again after the upgrade");
            assertTrue(listUsers().contains("amy"), "data kept");
            assertEquals(keyBefore, Files.readString(key), "key kept");
            assertEquals(confBefore, Files.readString(ETC.resolve("gold.conf")), "edited configuration kept");
            assertEquals(0, Packages.run("/etc/init.d/gold", "stop").exit());
            assertEquals(3, Packages.run("/usr/sbin/goldd", "--status").exit());

            // remove: code gone, configuration and data stay
            apt(out, "remove", "gold");
            assertFalse(Files.exists(Path.of("/usr/share/gold")));
            assertFalse(Files.exists(Path.of("/usr/bin/gbalance"), LinkOption.NOFOLLOW_LINKS));
            assertTrue(Files.exists(ETC.resolve("gold.conf")) && Files.exists(key), "configuration kept on removal");
            assertTrue(Files.exists(DATA.resolve("gold.db")), "data kept on removal");

            // purge: configuration and logs go, the accounting data stays
            apt(out, "purge", "gold");
            assertFalse(installed());
            assertFalse(Files.exists(ETC), "configuration removed by purge");
            assertFalse(Files.exists(LOGS), "logs removed by purge");
            assertTrue(Files.exists(DATA.resolve("gold.db")), "accounting data is never deleted by the package");
        } finally {
            cleanUp(dataExisted);
            Packages.run("rm", "-rf", out.toString());
        }
    }

    private static String listUsers() throws Exception {
        Packages.Result r = Packages.asGold("glsuser", "--show", "Name");
        assertEquals(0, r.exit(), "glsuser: " + r);
        return r.stdout();
    }

    /** Points server and clients at localhost:PORT (edits of the conffiles, which an upgrade must keep). */
    private static void setPort(int port) throws Exception {
        for (String f : new String[] {"gold.conf", "goldd.conf"}) {
            Path conf = ETC.resolve(f);
            String text = Files.readString(conf).replaceAll("(?m)^\\s*server\\.(port|host)\\s*=.*\\n?", "");
            Files.writeString(conf, text + "server.host = localhost\nserver.port = " + port + "\n");
        }
    }

    private static void apt(Path dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 8];
        String[] head = {"apt-get", "-y", "-q", "-o", APT_LOCK, "-o", "Dpkg::Options::=--force-confold", "--no-install-recommends"};
        System.arraycopy(head, 0, cmd, 0, head.length);
        System.arraycopy(args, 0, cmd, head.length, args.length);
        Packages.Result r = Packages.run(Map.of(), 900, dirCommand(dir, cmd));
        assertEquals(0, r.exit(), "apt-get " + String.join(" ", args) + ": " + r);
    }

    /** The command run in DIR (apt-get installs ./file.deb relative to it). */
    private static String[] dirCommand(Path dir, String[] cmd) {
        StringBuilder sb = new StringBuilder("cd '" + dir + "' && exec");
        for (String c : cmd) {
            sb.append(" '").append(c).append("'");
        }
        return new String[] {"sh", "-c", sb.toString()};
    }

    private static boolean installed() throws Exception {
        Packages.Result r = Packages.run("dpkg-query", "-W", "-f=${Status}", "gold");
        return r.exit() == 0 && r.stdout().contains("installed") && !r.stdout().contains("not-installed");
    }

    private static String version() throws Exception {
        return Packages.run("dpkg-query", "-W", "-f=${Version}", "gold").stdout().strip();
    }

    /** Stops a server the package started, purges the package, and removes what it made that did not exist before. */
    private static void cleanUp(boolean dataExisted) throws Exception {
        if (Files.isExecutable(Path.of("/usr/share/gold/sbin/goldd"))) {
            Packages.asGold("/usr/share/gold/sbin/goldd", "--stop");
        }
        Packages.run(Map.of(), 900, "dpkg", "--purge", "gold");
        Packages.run("rm", "-rf", ETC.toString(), LOGS.toString(), "/usr/share/gold");
        if (!dataExisted) {
            Packages.run("rm", "-rf", DATA.toString());
        }
    }
}
