package gold.t.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.t.Installation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * sbin/goldweb as an operator uses it: --status 3 / 0, --start idempotent, --stop, a stale pid file;
 * plain HTTP refused on a non-loopback address; HTTPS from a PKCS#12 keystore with Secure cookies.
 */
class GoldWebControlTest {
    @Test
    void startStopStatusAndTls() throws Exception {
        try (WebSite site = WebSite.prepare(Map.of())) {
            Installation gold = site.gold;
            Installation.Result down = gold.run("goldweb", "--status");
            assertEquals(3, down.exit(), down.toString());
            assertEquals("goldweb is not running\n", down.stdout());

            Installation.Result start = gold.run("goldweb", "--start");
            assertEquals(0, start.exit(), start + site.webLog());
            assertTrue(start.stdout().startsWith("Starting goldweb Pid ("), start.toString());
            Installation.Result again = gold.run("goldweb", "--start");
            assertEquals(0, again.exit());
            assertTrue(again.stdout().contains("is already running"), again.toString());
            Installation.Result up = gold.run("goldweb", "--status");
            assertEquals(0, up.exit(), up.toString());
            assertEquals(200, new WebClient(site.base()).get("/login").statusCode(), "answers without goldd running");

            assertEquals(0, gold.run("goldweb", "--stop").exit());
            assertEquals(3, gold.run("goldweb", "--status").exit());
            Files.writeString(gold.home().resolve("etc/goldweb.pid"), "999999");
            assertEquals(3, gold.run("goldweb", "--status").exit(), "a stale pid file names nobody");
            Installation.Result stale = gold.run("goldweb", "--stop");
            assertTrue(stale.stdout().contains("removed the stale pid file"), stale.toString());

            // plain HTTP on an address that is not loopback is refused
            Path conf = gold.home().resolve("etc/goldweb.conf");
            String loopback = Files.readString(conf);
            Files.writeString(conf, loopback.replace("web.host = 127.0.0.1", "web.host = 0.0.0.0"));
            Installation.Result refused = gold.run("goldweb", "--start");
            assertEquals(1, refused.exit(), refused.toString());
            assertTrue(site.webLog().contains("is not a loopback address: configure web.tls.keystore"), site.webLog());

            // HTTPS with a PKCS#12 keystore
            Path store = gold.home().resolve("etc/goldweb.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "store-secret",
                    "-alias", "goldweb", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2")
                    .redirectErrorStream(true).start();
            assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                    new String(keytool.getInputStream().readAllBytes()));
            gold.runAsInvoker("chmod", "644", store.toString());
            Files.writeString(conf, loopback + "web.tls.keystore = etc/goldweb.p12\nweb.tls.password = store-secret\n");
            Installation.Result tls = gold.run("goldweb", "--start");
            assertEquals(0, tls.exit(), tls + site.webLog());
            assertTrue(tls.stdout().contains("https://127.0.0.1:" + site.webPort), tls.toString());
            HttpResponse<String> page = trustingClient().send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + site.webPort + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            List<String> cookies = page.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().anyMatch(c -> c.contains("Secure") && c.contains("HttpOnly")
                    && c.contains("SameSite=Strict")), cookies.toString());
            assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        }
    }

    /** The test's self-signed certificate is trusted here only. */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}
