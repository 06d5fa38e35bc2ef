package gold.server.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.util.HashMap;

/** The worker-to-master figures: lines round-trip, sums add counters and histograms, site gauges are not summed. */
class FiguresTest {
    private static Figures worker(int requests, double[] latencies, int open, int keys) {
        PrometheusRegistry r = new PrometheusRegistry();
        Counter c = Counter.builder().name("gold_requests").help("h, with spaces & odd=chars").labelNames("object", "code")
                .register(r);
        c.labelValues("User", "000").inc(requests);
        c.labelValues("we-ird obj", "740").inc();
        Histogram h = Histogram.builder().name("gold_request_duration_seconds").help("").labelNames("object")
                .classicOnly().classicUpperBounds(0.1, 1).register(r);
        for (double l : latencies) {
            h.labelValues("User").observe(l);
        }
        Gauge.builder().name("gold_connections_open").help("open").register(r).set(open);
        Gauge.builder().name("gold_request_keys").help("keys").register(r).set(keys);
        return Figures.parse(Figures.of(r.scrape()).lines());
    }

    @Test
    void workersAddUpAndSiteWideGaugesAreTakenOnce() {
        Figures sum = new Figures();
        sum.add(worker(3, new double[] {0.05, 0.5}, 2, 7), false);
        sum.add(worker(4, new double[] {0.05, 5}, 1, 7), false);
        Map<String, MetricSnapshot> byName = new HashMap<>();
        sum.snapshots().forEach(s -> byName.put(s.getMetadata().getName(), s));

        CounterSnapshot requests = (CounterSnapshot) byName.get("gold_requests");
        assertEquals("h, with spaces & odd=chars", requests.getMetadata().getHelp());
        assertEquals(7, requests.getDataPoints().stream().filter(p -> p.getLabels().get("object").equals("User"))
                .findFirst().orElseThrow().getValue());
        assertEquals(2, requests.getDataPoints().stream().filter(p -> p.getLabels().get("object").equals("we-ird obj"))
                .findFirst().orElseThrow().getValue());
        HistogramSnapshot.HistogramDataPointSnapshot h =
                ((HistogramSnapshot) byName.get("gold_request_duration_seconds")).getDataPoints().get(0);
        assertEquals(4, h.getCount());
        assertEquals(5.6, h.getSum(), 1e-9);
        assertEquals(List.of(2L, 1L, 1L), h.getClassicBuckets().stream().map(b -> b.getCount()).toList());
        assertEquals(3, ((GaugeSnapshot) byName.get("gold_connections_open")).getDataPoints().get(0).getValue());
        assertEquals(7, ((GaugeSnapshot) byName.get("gold_request_keys")).getDataPoints().get(0).getValue());
    }

    @Test
    void aRetiredWorkerKeepsItsCountersButNotItsGauges() {
        Figures retired = worker(3, new double[] {0.05}, 5, 7).countersOnly();
        assertEquals(null, retired.families.get("gold_connections_open"));
        assertEquals(3, retired.families.get("gold_requests").points.get(Map.of("object", "User", "code", "000")).value());
    }

    @Test
    void malformedLinesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Figures.parse(List.of("P - 1.0")));
        assertThrows(IllegalArgumentException.class, () -> Figures.parse(List.of("X something")));
    }
}
