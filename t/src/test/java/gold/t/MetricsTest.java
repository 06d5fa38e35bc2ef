package gold.t;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import gold.testkit.Host;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Issue 18's metrics test on the built tree: a goldd with two workers answers a known mix of requests
 * (successes, failures, a repeated request key) and one connection cut at its read deadline; its
 * /metrics then parses as Prometheus text and its counters, summed over both workers, match exactly
 * what the client saw. A worker is then killed: the sums stay (its counts are carried over), the
 * restart and the worker_replaced event are counted.
 */
class MetricsTest {
    @Test
    void countersMatchAKnownMixOfRequestsSummedOverWorkers() throws Exception {
        int metricsPort = Host.freePort();
        try (Installation gold = Installation.create(Map.of("server.workers", "2", "server.timeout", "3",
                "server.metrics.port", String.valueOf(metricsPort)))) {
            gold.start();
            String admin = Installation.admin();
            GoldClient client = gold.client();
            Map<List<String>, Integer> expected = new TreeMap<>(Comparator.comparing(Object::toString));
            List<Request> mix = new ArrayList<>();
            for (String name : List.of("amy", "bob", "cat", "amy")) { // the second amy fails (already exists)
                mix.add(Request.builder("User", "Create").actor(admin).set("Name", name).build());
            }
            mix.add(Request.builder("User", "Query").actor(admin).get("Name").build());
            mix.add(Request.builder("User", "Query").actor(admin).get("NoSuchAttribute").build());
            mix.add(Request.builder("Nonsense", "Query").actor(admin).build());
            Request keyed = Request.builder("Project", "Create").actor(admin).set("Name", "chem").requestKey("k-1").build();
            mix.add(keyed);
            mix.add(keyed); // answered from the stored reply: one request-key row
            for (int i = 0; i < 6; i++) {
                mix.add(Request.builder("System", "Query").actor(admin).build());
            }
            int failures = 0;
            for (Request r : mix) {
                Response reply = client.send(r);
                expected.merge(List.of(r.object(), r.action(), reply.code()), 1, Integer::sum);
                failures += reply.isFailure() ? 1 : 0;
            }
            assertTrue(failures >= 3, "the mix holds failures: " + expected);

            // a peer that connects and sends nothing is cut at the read deadline (server.timeout = 3 s)
            try (Socket silent = new Socket()) {
                silent.connect(new InetSocketAddress("127.0.0.1", gold.port()));
                silent.setSoTimeout(20_000);
                InputStream in = silent.getInputStream();
                long t0 = System.nanoTime();
                assertEquals(-1, in.read(), "the server closes the silent connection");
                assertTrue(System.nanoTime() - t0 > 2_000_000_000L, "closed at the deadline, not at once");
            }

            PrometheusText m = scrape(metricsPort);
            System.out.println("expected requests: " + expected);
            assertEquals("counter", m.type("gold_requests_total"));
            assertEquals("histogram", m.type("gold_request_duration_seconds"));
            expected.forEach((k, n) -> assertEquals(n, m.value("gold_requests_total", "action", k.get(1), "code", k.get(2),
                    "object", k.get(0)), 0, "requests " + k));
            assertEquals(mix.size(), m.sum("gold_requests_total"), 0, "no other request was counted");
            Map<List<String>, Integer> byPair = new TreeMap<>(Comparator.comparing(Object::toString));
            expected.forEach((k, n) -> byPair.merge(List.of(k.get(0), k.get(1)), n, Integer::sum));
            byPair.forEach((k, n) -> {
                assertEquals(n, m.value("gold_request_duration_seconds_count", "action", k.get(1), "object", k.get(0)), 0);
                assertEquals(n, m.value("gold_request_duration_seconds_bucket", "action", k.get(1), "le", "+Inf",
                        "object", k.get(0)), 0);
            });
            assertEquals(1, m.value("gold_connections_dropped_total", "reason", "read_deadline"), 0);
            assertEquals(0, m.value("gold_connections_dropped_total", "reason", "write_deadline"), 0);
            assertEquals(0, m.value("gold_connections_dropped_total", "reason", "connection_cap"), 0);
            assertEquals(0, m.value("gold_connections_dropped_total", "reason", "unauthenticated_cap"), 0);
            assertEquals(0, m.value("gold_connections_open"), 0);
            assertEquals(2, m.value("gold_workers_running"), 0);
            assertEquals(0, m.value("gold_worker_restarts_total"), 0);
            assertEquals(1, m.value("gold_request_keys"), 0, "one request-key row, counted once for both workers");
            assertEquals(1, m.value("gold_split_brain_guard", "state", "off"), 0);
            assertEquals(0, m.value("gold_split_brain_guard", "state", "refusing"), 0);
            assertEquals(0, m.value("gold_events_total", "event", "commit_outcome_unknown"), 0);
            assertEquals(0, m.value("gold_db_pool_connections", "pool", "gold-sqlite-write", "state", "active"), 0);
            assertTrue(m.value("gold_db_pool_acquire_seconds_count", "pool", "gold-sqlite-read") > 0);

            // a worker dies: its counts are kept, the restart and the event are counted
            long master = gold.masterPid();
            long victim = ProcessModelTest.workers(master).get(0);
            new ProcessBuilder("kill", "-9", Long.toString(victim)).start().waitFor();
            ProcessModelTest.waitFor(() -> {
                PrometheusText now = scrape(metricsPort);
                return now.value("gold_workers_running") == 2 && now.value("gold_worker_restarts_total") == 1
                        && ProcessModelTest.workers(master).stream().noneMatch(p -> p == victim);
            }, Duration.ofSeconds(60), "the replacement worker");
            PrometheusText after = scrape(metricsPort);
            expected.forEach((k, n) -> assertEquals(n, after.value("gold_requests_total", "action", k.get(1),
                    "code", k.get(2), "object", k.get(0)), 0, "after the restart: requests " + k));
            assertEquals(1, after.value("gold_connections_dropped_total", "reason", "read_deadline"), 0);
            assertEquals(1, after.value("gold_events_total", "event", "worker_replaced"), 0);
            assertTrue(gold.log().contains("Event worker_replaced"), "the event is logged");
        }
    }

    @Test
    void aMetricsPortInUseIsLoggedAndGolddServesWithoutIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Installation gold = Installation.create(Map.of("server.metrics.port", String.valueOf(taken.getLocalPort())))) {
            gold.start();
            assertEquals(0, gold.run("glsuser").exit(), "requests are served");
            assertTrue(gold.log().contains("Cannot serve metrics on 127.0.0.1:" + taken.getLocalPort()), gold.log());
        }
    }

    static PrometheusText scrape(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        System.out.println("---- /metrics\n" + r.body().lines().filter(l -> l.startsWith("gold_requests_total")
                || l.startsWith("gold_connections") || l.startsWith("gold_worker") || l.startsWith("gold_request_keys")
                || l.startsWith("gold_split") || l.startsWith("gold_db_pool_connections"))
                .collect(Collectors.joining("\n")));
        return PrometheusText.parse(r.body());
    }
}
