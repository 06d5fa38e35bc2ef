package gold.bench;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * goldweb under load (issue 16): the balance page and GET /api/v1/balance, each logged-in session a
 * thread of its own looping page then API, at 1 and 16 concurrent sessions, against the phase's goldd;
 * then goldweb's resident memory. Figures go to the report's facts and to stdout.
 */
final class WebBench {
    private static final String PASSWORD = "bench-web-1";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private WebBench() {
    }

    static void run(GoldInstall gold, Options o, Results r) {
        try {
            measure(gold, o, r);
        } catch (Exception e) {
            r.problems.add("goldweb: " + e);
            System.err.println("bench: goldweb failed: " + e);
        } finally {
            try {
                gold.run(List.of(), "goldweb", "--stop");
            } catch (IOException e) {
                System.err.println("bench: goldweb --stop failed: " + e);
            }
        }
    }

    private static void measure(GoldInstall gold, Options o, Results r) throws Exception {
        GoldClient admin = gold.client(Suite.CLASSIC);
        Response known = admin.send(Request.builder("Password", "Query").actor(GoldInstall.admin())
                .where("User", Fixture.USER).build());
        Request.Builder set = known.count() > 0
                ? Request.builder("Password", "Modify").where("User", Fixture.USER).set("Password", PASSWORD)
                : Request.builder("Password", "Create").set("User", Fixture.USER).set("Password", PASSWORD);
        Response done = admin.send(set.actor(GoldInstall.admin()).build());
        if (done.isFailure()) {
            throw new IOException("cannot set the password of " + Fixture.USER + ": " + done.code() + " " + done.message());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(gold.home().resolve("etc/goldweb.conf"), "web.host = 127.0.0.1\nweb.port = " + port + "\n");
        Shell.Result started = gold.run(List.of(), "goldweb", "--start");
        if (started.exit() != 0) {
            throw new IOException("goldweb --start failed: " + started.stdout() + started.stderr());
        }
        String base = "http://127.0.0.1:" + port;
        for (int sessions : List.of(1, 16)) {
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                clients.add(login(base));
            }
            Latencies page = new Latencies();
            Latencies api = new Latencies();
            run(clients, base, o.warmup(), new Latencies(), new Latencies());
            run(clients, base, Math.max(1, o.seconds()), page, api);
            report(r, "goldweb balance page (GET /), " + sessions + " session" + (sessions > 1 ? "s" : ""), page);
            report(r, "goldweb GET /api/v1/balance, " + sessions + " session" + (sessions > 1 ? "s" : ""), api);
        }
        long pid = Long.parseLong(Files.readString(gold.home().resolve("etc/goldweb.pid")).strip());
        String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").substring(6).strip();
        r.facts.put("goldweb resident memory after the load (VmRSS)", rss);
        System.out.println("bench: goldweb RSS " + rss);
    }

    private static void report(Results r, String what, Latencies l) {
        String figures = String.format("p50 %.1f ms, p99 %.1f ms (%d requests; target p99 < 100 ms)",
                l.medianMillis(), l.percentileMillis(99), l.count());
        r.facts.put(what, figures);
        System.out.println("bench: " + what + ": " + figures);
    }

    /** Every session loops page then API for the given seconds; samples merged into page and api. */
    private static void run(List<HttpClient> clients, String base, double seconds, Latencies page, Latencies api)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        List<Latencies[]> recorders = new ArrayList<>();
        for (HttpClient c : clients) {
            Latencies[] mine = {new Latencies(), new Latencies()};
            recorders.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    timed(c, base + "/", mine[0]);
                    timed(c, base + "/api/v1/balance", mine[1]);
                }
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        for (Latencies[] l : recorders) {
            page.addAll(l[0]);
            api.addAll(l[1]);
        }
    }

    private static void timed(HttpClient c, String url, Latencies into) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + r.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        into.add(System.nanoTime() - t0);
    }

    private static HttpClient login(String base) throws IOException, InterruptedException {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = c.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IOException("no login form at " + base + "/login");
        }
        String body = "csrf=" + enc(m.group(1)) + "&username=" + enc(Fixture.USER) + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new IOException("login of " + Fixture.USER + " answered " + r.statusCode());
        }
        return c;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
