package gold.t.web;

import gold.t.Installation;
import gold.testkit.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A goldd and a goldweb from the built install tree, with a small site: users amy and bob (amy
 * with a Gold password), project chemistry with both, machine colony, 1000 credits deposited, and
 * the administrator's own password. {@link #close()} stops goldweb, then the installation.
 */
final class WebSite implements AutoCloseable {
    static final String AMY_PASSWORD = "amy-secret-1";
    static final String ADMIN_PASSWORD = "admin-secret-1";

    final Installation gold;
    final int webPort;

    private WebSite(Installation gold, int webPort) {
        this.gold = gold;
        this.webPort = webPort;
    }

    /** A tree configured (goldd settings given), seeded, with goldweb not yet started. */
    static WebSite prepare(Map<String, String> serverSettings) throws IOException {
        Installation gold = Installation.create(serverSettings);
        int port = Host.freePort();
        Files.writeString(gold.home().resolve("etc/goldweb.conf"), "web.host = 127.0.0.1\nweb.port = " + port + "\n");
        return new WebSite(gold, port);
    }

    /** A default tree with goldd started and {@link #seed}ed, goldweb not yet started. */
    static WebSite seeded() throws IOException {
        WebSite site = prepare(Map.of());
        try {
            site.gold.start();
            site.seed();
            return site;
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    /** Seeds the site through the real commands (goldd must run). */
    void seed() throws IOException {
        ok(gold.run("gmkuser", "-n", "Wilkes, Amy", "amy"));
        ok(gold.run("gmkuser", "bob"));
        ok(gold.run("gmkmachine", "colony"));
        ok(gold.run("gmkproject", "-u", "amy,bob", "-m", "colony", "chemistry"));
        ok(gold.run("gdeposit", "-p", "chemistry", "-z", "1000", "-d", "initial"));
        password(gold.runWithInput(AMY_PASSWORD + "\n", "gchpasswd", "amy"));
        password(gold.runWithInput(ADMIN_PASSWORD + "\n", "gchpasswd"));
    }

    void startWeb() throws IOException {
        Installation.Result r = gold.run("goldweb", "--start");
        if (r.exit() != 0) {
            throw new IOException("goldweb --start failed: " + r + "\n" + gold.log());
        }
    }

    String base() {
        return "http://127.0.0.1:" + webPort;
    }

    String webLog() throws IOException {
        return Files.readString(gold.home().resolve("log/goldweb.log"));
    }

    /** gchpasswd succeeds with 080 (metadata refreshed: the Password object changed), exit 8. */
    private static void password(Installation.Result r) throws IOException {
        if (r.exit() != 0 && r.exit() != 8) {
            throw new IOException("gchpasswd failed: " + r);
        }
    }

    static Installation.Result ok(Installation.Result r) throws IOException {
        if (r.exit() != 0) {
            throw new IOException("command failed: " + r);
        }
        return r;
    }

    @Override
    public void close() {
        try {
            gold.run("goldweb", "--stop");
        } catch (IOException e) {
            System.err.println("goldweb --stop failed: " + e.getMessage());
        }
        gold.close();
    }
}
