package gold.server.metrics;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Label;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Arrays;
import java.util.Set;

/**
 * The figures of one or more worker processes, in a form the master can add up: counters, gauges and
 * classic histograms by family and label set. A worker turns its registry's snapshots into lines
 * ({@link #lines()}) that travel over its pipe to the master, which parses them ({@link #parse}), adds
 * the workers' figures ({@link #add}) and hands the sum to the Prometheus exposition as snapshots.
 * Gauges named in {@link #SITE_WIDE} describe the shared database, not the process: they are taken
 * once (the largest reported), not summed.
 */
final class Figures {
    enum Type { COUNTER, GAUGE, HISTOGRAM }

    /** Gauges every worker reads from the same database: summing them would count the rows N times. */
    static final Set<String> SITE_WIDE = Set.of("gold_request_keys");

    /** One family: its type, help text, and a point per label set (labels as sorted name=value pairs). */
    static final class Family {
        final Type type;
        final String help;
        final Map<Map<String, String>, Point> points = new LinkedHashMap<>();

        Family(Type type, String help) {
            this.type = type;
            this.help = help;
        }
    }

    /** A counter or gauge value, or a histogram's per-bucket counts (bounds ascending, last +Inf) and sum. */
    record Point(double value, double[] bounds, long[] counts) {
        Point plus(Point o, boolean siteWide) {
            if (bounds == null) {
                return new Point(siteWide ? Math.max(value, o.value) : value + o.value, null, null);
            }
            if (!Arrays.equals(bounds, o.bounds)) {
                throw new IllegalArgumentException("histograms with different buckets cannot be added");
            }
            long[] sum = counts.clone();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += o.counts[i];
            }
            return new Point(value + o.value, bounds, sum);
        }
    }

    final Map<String, Family> families = new LinkedHashMap<>();

    /** The figures of a registry scrape (counters, gauges, classic histograms; other kinds are skipped). */
    static Figures of(MetricSnapshots snapshots) {
        Figures f = new Figures();
        for (MetricSnapshot s : snapshots) {
            String name = s.getMetadata().getName();
            String help = s.getMetadata().getHelp() == null ? "" : s.getMetadata().getHelp();
            if (s instanceof CounterSnapshot c) {
                for (var p : c.getDataPoints()) {
                    f.put(name, Type.COUNTER, help, labels(p.getLabels()), new Point(p.getValue(), null, null));
                }
            } else if (s instanceof GaugeSnapshot g) {
                for (var p : g.getDataPoints()) {
                    f.put(name, Type.GAUGE, help, labels(p.getLabels()), new Point(p.getValue(), null, null));
                }
            } else if (s instanceof HistogramSnapshot h) {
                for (var p : h.getDataPoints()) {
                    ClassicHistogramBuckets b = p.getClassicBuckets();
                    double[] bounds = new double[b.size()];
                    long[] counts = new long[b.size()];
                    for (int i = 0; i < b.size(); i++) {
                        bounds[i] = b.getUpperBound(i);
                        counts[i] = b.getCount(i);
                    }
                    f.put(name, Type.HISTOGRAM, help, labels(p.getLabels()), new Point(p.getSum(), bounds, counts));
                }
            }
        }
        return f;
    }

    private void put(String name, Type type, String help, Map<String, String> labels, Point p) {
        families.computeIfAbsent(name, n -> new Family(type, help)).points.put(labels, p);
    }

    /** Adds another process's figures; with {@code countersOnly} its gauges are left out (a dead worker's). */
    void add(Figures other, boolean countersOnly) {
        for (var e : other.families.entrySet()) {
            Family theirs = e.getValue();
            if (countersOnly && theirs.type == Type.GAUGE) {
                continue;
            }
            Family mine = families.computeIfAbsent(e.getKey(), n -> new Family(theirs.type, theirs.help));
            boolean siteWide = SITE_WIDE.contains(e.getKey());
            for (var p : theirs.points.entrySet()) {
                mine.points.merge(p.getKey(), p.getValue(), (a, b) -> a.plus(b, siteWide));
            }
        }
    }

    /** The figures without gauges: what is kept of a worker that was replaced. */
    Figures countersOnly() {
        Figures f = new Figures();
        f.add(this, true);
        return f;
    }

    /**
     * One line per family and per point: {@code F type name help}, then {@code P labels value} or
     * {@code H labels sum bound:count,...}; labels as URL-encoded {@code name=value&...} or {@code -}.
     */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (var e : families.entrySet()) {
            Family fam = e.getValue();
            out.add("F " + fam.type + " " + e.getKey() + " " + enc(fam.help));
            for (var p : fam.points.entrySet()) {
                String labels = encodeLabels(p.getKey());
                Point v = p.getValue();
                if (v.bounds() == null) {
                    out.add("P " + labels + " " + v.value());
                } else {
                    StringBuilder b = new StringBuilder("H " + labels + " " + v.value() + " ");
                    for (int i = 0; i < v.bounds().length; i++) {
                        b.append(i == 0 ? "" : ",").append(v.bounds()[i]).append(':').append(v.counts()[i]);
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    /** Parses {@link #lines()}; a malformed line throws IllegalArgumentException. */
    static Figures parse(List<String> lines) {
        Figures f = new Figures();
        Family current = null;
        for (String line : lines) {
            String[] w = line.split(" ", -1);
            switch (w[0]) {
                case "F" -> {
                    current = new Family(Type.valueOf(w[1]), dec(w[3]));
                    f.families.put(w[2], current);
                }
                case "P" -> require(current).points.put(decodeLabels(w[1]), new Point(Double.parseDouble(w[2]), null, null));
                case "H" -> {
                    String[] buckets = w[3].split(",");
                    double[] bounds = new double[buckets.length];
                    long[] counts = new long[buckets.length];
                    for (int i = 0; i < buckets.length; i++) {
                        int colon = buckets[i].lastIndexOf(':');
                        bounds[i] = Double.parseDouble(buckets[i].substring(0, colon));
                        counts[i] = Long.parseLong(buckets[i].substring(colon + 1));
                    }
                    require(current).points.put(decodeLabels(w[1]), new Point(Double.parseDouble(w[2]), bounds, counts));
                }
                default -> throw new IllegalArgumentException("unexpected metrics line: " + line);
            }
        }
        return f;
    }

    /** The figures as snapshots for the exposition. */
    List<MetricSnapshot> snapshots() {
        List<MetricSnapshot> out = new ArrayList<>();
        for (var e : families.entrySet()) {
            Family fam = e.getValue();
            switch (fam.type) {
                case COUNTER -> {
                    var b = CounterSnapshot.builder().name(e.getKey()).help(fam.help);
                    fam.points.forEach((l, p) -> b.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                            .labels(toLabels(l)).value(p.value()).build()));
                    out.add(b.build());
                }
                case GAUGE -> {
                    var b = GaugeSnapshot.builder().name(e.getKey()).help(fam.help);
                    fam.points.forEach((l, p) -> b.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                            .labels(toLabels(l)).value(p.value()).build()));
                    out.add(b.build());
                }
                case HISTOGRAM -> {
                    var b = HistogramSnapshot.builder().name(e.getKey()).help(fam.help);
                    fam.points.forEach((l, p) -> b.dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                            .labels(toLabels(l)).sum(p.value())
                            .classicHistogramBuckets(ClassicHistogramBuckets.of(p.bounds(), p.counts())).build()));
                    out.add(b.build());
                }
            }
        }
        return out;
    }

    private static Family require(Family f) {
        if (f == null) {
            throw new IllegalArgumentException("a metrics point before its family line");
        }
        return f;
    }

    private static Map<String, String> labels(Labels labels) {
        Map<String, String> m = new TreeMap<>();
        for (Label l : labels) {
            m.put(l.getName(), l.getValue());
        }
        return m;
    }

    private static Labels toLabels(Map<String, String> m) {
        return m.isEmpty() ? Labels.EMPTY : Labels.of(new ArrayList<>(m.keySet()), new ArrayList<>(m.values()));
    }

    private static String encodeLabels(Map<String, String> m) {
        if (m.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    private static Map<String, String> decodeLabels(String s) {
        Map<String, String> m = new TreeMap<>();
        if (!s.equals("-")) {
            for (String pair : s.split("&")) {
                int eq = pair.indexOf('=');
                m.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return m;
    }

    private static String enc(String s) {
        return s.isEmpty() ? "-" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("-", "%2D");
    }

    private static String dec(String s) {
        return s.equals("-") ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
